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
  it('lists articles and live entries newest first with outlet, date and claim count', () => {
    renderList();
    const rows = screen.getAllByRole('listitem').filter((li) => li.classList.contains('article-card'));
    expect(rows).toHaveLength(6);
    const first = within(rows[0]!);
    expect(first.getByRole('button', { name: 'Biden: invasion could come any time' })).toBeInTheDocument();
    expect(first.getByText('BBC')).toBeInTheDocument();
    expect(first.getByText('11 Feb 2022, 14:30 UTC')).toBeInTheDocument();
    expect(first.getByText('Live: Ukraine crisis: live updates')).toBeInTheDocument();
    expect(first.getByText('2 troop claims')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('1 troop claim')).toBeInTheDocument();
  });

  it('badges an inferred date with its reason, and an unknown one', () => {
    renderList();
    const badge = screen.getByText('inferred');
    expect(badge).toHaveAttribute('title', expect.stringContaining('since December'));
    expect(badge).toHaveTextContent(/inferred: No date in the file; inferred from/);
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
