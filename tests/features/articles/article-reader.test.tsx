import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildIndex } from '../../../src/domain/dataset-index';
import {
  ArticleReader,
  type ArticleReaderProps,
  type BodyState,
} from '../../../src/features/articles/article-reader';
import { centreInPanel } from '../../../src/features/articles/scroll-within';
import { IDS, miniBodies, miniDataset } from '../../fixtures/mini-dataset';

// jsdom has no layout: what is asserted here is which element the reader scrolls to (the helper has its own test).
vi.mock('../../../src/features/articles/scroll-within', () => ({ centreInPanel: vi.fn() }));
const scrollTo = vi.mocked(centreInPanel);

afterEach(() => {
  scrollTo.mockReset();
});

const index = buildIndex(miniDataset);

function renderReader(articleId: string, patch: Partial<ArticleReaderProps> = {}) {
  const props: ArticleReaderProps = {
    article: index.articles.get(articleId)!,
    entry: null,
    body: { status: 'ready', body: miniBodies[articleId]! },
    claims: index.claimsByArticle.get(articleId) ?? [],
    selectedClaimId: null,
    describeMention: (m) => `${m.kind}: ${m.refId}`,
    describeClaim: (c) => `claim ${c.valueMin}`,
    onSelectClaim: vi.fn(),
    onClose: vi.fn(),
    onRetry: vi.fn(),
    ...patch,
  };
  const view = render(<ArticleReader {...props} />);
  return { props, ...view };
}

describe('ArticleReader', () => {
  it('shows the body as text with claims as focusable controls and mentions highlighted, no mark', () => {
    const { container } = renderReader(IDS.reuters);
    const claims = screen.getAllByRole('button', { pressed: false });
    expect(claims.map((c) => c.textContent)).toEqual(['about 94,000', 'as many as 175,000']);
    expect(claims[0]).toHaveAttribute('tabindex', '0');
    expect(screen.getByTitle('actor: putin')).toHaveTextContent('Vladimir Putin');
    expect(screen.getByTitle('place: border-rus-ukr')).toHaveTextContent('the Ukraine border');
    expect(container.querySelector('mark')).toBeNull();
    expect(container.querySelector('.reader__text')).toHaveTextContent(
      'US intelligence officials said on Sunday that Russia has about 94,000 troops',
    );
  });

  it('marks the selected claim quote and scrolls to it', () => {
    const claim = index.claimsByArticle.get(IDS.live)!.find((c) => c.relation === 'subset')!;
    const { container } = renderReader(IDS.live, { selectedClaimId: claim.id });
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent(claim.quote.text);
    expect(within(marks[0] as HTMLElement).getByRole('button', { pressed: true })).toHaveTextContent(
      '30,000 in Belarus',
    );
    // Nested mention inside the claim's quote: "US President" (usa) within "US President Joe Biden" (biden).
    expect(screen.getByTitle('actor: biden')).toContainElement(screen.getByTitle('actor: usa'));
    expect(scrollTo).toHaveBeenCalledOnce();
    expect(scrollTo.mock.calls[0]?.[0]).toBe(marks[0]);
  });

  it('scrolls to the open live entry when no claim is selected', () => {
    const entry = index.entries.get(IDS.entryDrills)!.entry;
    const { container } = renderReader(IDS.live, { entry });
    expect(screen.getByText(/Live entry, 10 Feb 2022, 09:00 UTC/)).toBeInTheDocument();
    expect(scrollTo.mock.calls[0]?.[0]).toBe(container.querySelector('.reader__entry'));
  });

  it('selects a claim by click or keyboard', async () => {
    const { props } = renderReader(IDS.reuters);
    const user = userEvent.setup();
    const [first, second] = screen.getAllByRole('button', { pressed: false });
    await user.click(first!);
    second!.focus();
    await user.keyboard('{Enter}');
    expect(vi.mocked(props.onSelectClaim).mock.calls.map(([id]) => index.claims.get(id)?.valueMin)).toEqual([
      94000, 175000,
    ]);
  });

  it('links a web source safely, and never a javascript: address', () => {
    const { unmount } = renderReader(IDS.reuters);
    const link = screen.getByRole('link', { name: /Original page/ });
    expect(link).toHaveAttribute('href', 'https://www.reuters.com/world/russia-masses-troops');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    unmount();
    const { container } = renderReader(IDS.hostile);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/not a web link\): javascript:alert\(1\)/)).toBeInTheDocument();
    expect(container.querySelector('script, img, a, b')).toBeNull();
    expect(container).toHaveTextContent('<script>alert("x")</script> Troops & <b>tanks</b>');
  });

  it('shows an address carrying a user name and password as text, never as a link', () => {
    const article = { ...index.articles.get(IDS.reuters)!, url: 'https://reader:s3cret@example.com/story' };
    renderReader(IDS.reuters, { article });
    expect(screen.queryByRole('link')).toBeNull();
    expect(
      screen.getByText(/not a web link\): https:\/\/reader:s3cret@example\.com\/story/),
    ).toBeInTheDocument();
  });

  it('shows a body error with Retry', async () => {
    const body: BodyState = {
      status: 'error',
      file: 'data/articles/x.json',
      problems: ['the server answered HTTP 500'],
      retrying: false,
    };
    const { props } = renderReader(IDS.ap, { body });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('could not be loaded from data/articles/x.json');
    expect(alert).toHaveTextContent('HTTP 500');
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(props.onRetry).toHaveBeenCalledOnce();
  });

  it('shows loading, and closes back to the list', async () => {
    const { props } = renderReader(IDS.ap, { body: { status: 'loading' } });
    expect(screen.getByText('Loading the article text…')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: '← All articles' }));
    expect(props.onClose).toHaveBeenCalledOnce();
  });
});
