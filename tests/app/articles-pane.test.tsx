import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticlesPane } from '../../src/app/panes/articles-pane';
import { IDS, miniDataset } from '../fixtures/mini-dataset';
import { miniFiles, renderLoaded, stubFetch, visit } from './harness';

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
  visit('');
});
afterEach(() => vi.unstubAllGlobals());

const params = () => new URLSearchParams(window.location.search);

describe('ArticlesPane', () => {
  it('lists what the URL filters let through, and adds an actor from a chip', async () => {
    stubFetch(miniFiles());
    visit('?actors=putin');
    renderLoaded(<ArticlesPane />);
    const region = screen.getByRole('region', { name: 'Articles' });
    expect(within(region).getAllByRole('heading', { level: 3 })).toHaveLength(1);
    await userEvent.setup().click(within(region).getByRole('button', { name: 'Vladimir Putin' }));
    expect(params().get('actors')).toBe('putin');
    await userEvent.setup().click(within(region).getByRole('button', { name: 'Russia' }));
    expect(params().get('actors')).toBe('putin,russia');
  });

  it('opens an article (pushing history), loads its body and selects a claim in it', async () => {
    const fetchMock = stubFetch(miniFiles());
    renderLoaded(<ArticlesPane />);
    const user = userEvent.setup();
    const before = window.history.length;
    await user.click(screen.getByRole('button', { name: 'Russia masses troops near Ukraine' }));
    expect(params().get('article')).toBe(IDS.reuters);
    expect(window.history.length).toBe(before + 1);
    const claim = await screen.findByRole('button', { name: 'about 94,000' });
    expect(fetchMock).toHaveBeenCalledWith(
      expect.objectContaining({ pathname: `/data/articles/${IDS.reuters}.json` }),
      expect.anything(),
    );
    await user.click(claim);
    const selected = miniDataset.claims.find((c) => c.qualifier === 'about' && c.articleId === IDS.reuters)!;
    expect(params().get('claim')).toBe(selected.id);
    await waitFor(() => expect(document.querySelector('mark')).toHaveTextContent(selected.quote.text));
  });

  it('opens the article of a claim from the URL, marked', async () => {
    stubFetch(miniFiles());
    const claim = miniDataset.claims.find((c) => c.kind === 'historical')!;
    visit(`?claim=${claim.id}`);
    renderLoaded(<ArticlesPane />);
    expect(screen.getByRole('heading', { name: 'Kyiv warns of historical parallels' })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('mark')).toHaveTextContent(claim.quote.text));
  });

  it('shows a failed body with Retry, and recovers', async () => {
    let fail = true;
    const files = miniFiles();
    const good = files[`data/articles/${IDS.ap}.json`];
    files[`data/articles/${IDS.ap}.json`] = () =>
      fail ? new Response('boom', { status: 500 }) : new Response(JSON.stringify(good));
    stubFetch(files);
    visit(`?article=${IDS.ap}`);
    renderLoaded(<ArticlesPane />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`data/articles/${IDS.ap}.json`);
    expect(alert).toHaveTextContent('HTTP 500');
    fail = false;
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: '100 battalion tactical groups' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('closes the reader back to the list', async () => {
    stubFetch(miniFiles());
    visit(`?article=${IDS.kyiv}`);
    renderLoaded(<ArticlesPane />);
    await userEvent.setup().click(screen.getByRole('button', { name: '← All articles' }));
    expect(params().has('article')).toBe(false);
    expect(screen.getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(1);
  });
});
