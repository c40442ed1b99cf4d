import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildIndex, type FeedItem } from '../../../src/domain/dataset-index';
import { ArticleList, PAGE_SIZE } from '../../../src/features/articles/article-list';
import { IDS, miniDataset } from '../../fixtures/mini-dataset';

const index = buildIndex(miniDataset);

function renderList(feed: readonly FeedItem[] = index.feed) {
  const props = {
    feed,
    claimCount: (item: FeedItem) => (item.kind === 'entry' ? 2 : 1),
    actorsOf: (item: FeedItem) => item.article.actorIds.flatMap((id) => index.actors.get(id) ?? []),
    onOpen: vi.fn(),
    onActor: vi.fn(),
  };
  render(<ArticleList {...props} />);
  return props;
}

describe('ArticleList', () => {
  it('lists articles newest first, a live page once with its entries behind a disclosure', async () => {
    // The live page's own date inferred: its badge belongs on the page's row, never beside an entry's time.
    renderList(
      index.feed.map((item) =>
        item.article.id === IDS.live
          ? { ...item, article: { ...item.article, dateSource: 'inferred' as const, dateReason: 'guessed' } }
          : item,
      ),
    );
    const rows = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('article-card'));
    expect(rows()).toHaveLength(5);
    const live = within(rows()[0]!);
    expect(live.getByRole('heading', { level: 3, name: 'Ukraine crisis: live updates' })).toBeInTheDocument();
    expect(live.getByText('BBC')).toBeInTheDocument();
    expect(live.getByText('2 matching entries · 4 troop claims')).toBeInTheDocument();
    expect(live.getAllByText('inferred')).toHaveLength(1);
    expect(live.queryByText('Biden: invasion could come any time')).toBeNull();
    expect(within(rows()[2]!).getByText('1 troop claim')).toBeInTheDocument();

    const toggle = live.getByRole('button', { name: 'Show entries' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const entries = within(rows()[0]!).getAllByRole('heading', { level: 4 });
    expect(entries.map((h) => h.textContent)).toEqual([
      'Biden: invasion could come any time',
      'Russia and Belarus begin drills',
    ]);
    const entry = within(entries[0]!.closest('li')!);
    expect(entry.getByText('11 Feb 2022, 14:30 UTC')).toBeInTheDocument();
    expect(entry.getByText('2 troop claims')).toBeInTheDocument();
    // The entry's own time only: the page's date badge is not repeated beside it.
    expect(entry.queryByText('inferred')).toBeNull();
  });

  it('opens the live page itself, or one of its entries', async () => {
    const props = renderList();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ukraine crisis: live updates' }));
    expect(props.onOpen).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'article', key: IDS.live }),
    );
    await user.click(screen.getByRole('button', { name: 'Show entries' }));
    await user.click(screen.getByRole('button', { name: 'Russia and Belarus begin drills' }));
    expect(props.onOpen).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'entry', key: IDS.entryDrills }),
    );
  });

  it('badges an inferred date with its reason, and an unknown one', () => {
    renderList();
    const badge = screen.getByText('inferred');
    // Plain words, not the pipeline's internals (file names, matched words).
    expect(badge).toHaveAttribute('title', expect.stringContaining('The article gives no date of its own'));
    expect(badge).toHaveTextContent(/inferred: The article gives no date of its own/);
    expect(screen.getByText('date unknown')).toBeInTheDocument();
  });

  it('shows titles and outlets with markup as literal text', () => {
    const { container } = render(
      <ArticleList
        feed={index.feed}
        claimCount={() => 0}
        actorsOf={() => []}
        onOpen={vi.fn()}
        onActor={vi.fn()}
      />,
    );
    expect(
      screen.getByRole('button', { name: '<script>alert("x")</script> Troops & <b>tanks</b>' }),
    ).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('script, img, b')).toBeNull();
  });

  it('opens a row and filters by an actor chip', async () => {
    const props = renderList();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Kyiv warns of historical parallels' }));
    expect(props.onOpen).toHaveBeenCalledWith(expect.objectContaining({ key: IDS.kyiv }));
    const kyivRow = screen.getByRole('button', { name: 'Kyiv warns of historical parallels' }).closest('li')!;
    await user.click(within(kyivRow).getByRole('button', { name: 'Volodymyr Zelensky' }));
    expect(props.onActor).toHaveBeenCalledWith('zelensky');
  });

  it('pages a long list', async () => {
    const base = index.feed[2]!;
    const feed = Array.from({ length: PAGE_SIZE + 5 }, (_, i) => ({ ...base, key: `row-${i}` }));
    const { container } = render(
      <ArticleList feed={feed} claimCount={() => 0} actorsOf={() => []} onOpen={vi.fn()} onActor={vi.fn()} />,
    );
    // Counted by selector and text: role queries over hundreds of rows time out in jsdom on a busy machine.
    const rows = () => container.querySelectorAll('.article-card').length;
    expect(rows()).toBe(PAGE_SIZE);
    await userEvent.setup().click(screen.getByText('Show more (5 left)'));
    expect(rows()).toBe(PAGE_SIZE + 5);
    expect(screen.queryByText(/Show more/)).toBeNull();
  });

  it('says when nothing matches', () => {
    renderList([]);
    expect(screen.getByText('No articles match the filters.')).toBeInTheDocument();
  });
});
