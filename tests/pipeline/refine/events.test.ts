import { describe, expect, it } from 'vitest';
import { mergeEvents } from '../../../src/pipeline/refine/events';
import type { EventDraft } from '../../../src/pipeline/types';

function draft(over: Partial<EventDraft> & { articleId?: string; start?: number }): EventDraft {
  const { articleId = 'a1', start = 0, ...rest } = over;
  return {
    date: '2022-02-15',
    datePrecision: 'day',
    title: 'Russia announces a partial withdrawal',
    status: 'occurred',
    actorIds: ['russia'],
    placeIds: [],
    sources: [{ articleId, entryId: null, start, end: start + 10 }],
    trigger: 'withdrawal',
    ...rest,
  };
}

describe('mergeEvents', () => {
  it('merges two reports of the same happening into one event with both sources', () => {
    const events = mergeEvents([
      draft({}),
      draft({ articleId: 'a2', start: 40, actorIds: ['russia', 'ukraine'] }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.sources.map((s) => s.articleId)).toEqual(['a1', 'a2']);
    expect(events[0]!.actorIds).toEqual(['russia', 'ukraine']);
  });

  it.each([
    ['another trigger family', { trigger: 'meeting' }],
    ['another day', { date: '2022-02-17' }],
    ['no actor or place in common', { actorIds: ['united-kingdom'] }],
  ])('keeps reports apart with %s', (_, change) => {
    expect(mergeEvents([draft({}), draft({ articleId: 'a2', ...change })])).toHaveLength(2);
  });

  it('ties two meetings by two shared names, never by a shared country alone', () => {
    const talks = (articleId: string, extra: string) =>
      draft({ trigger: 'meeting', articleId, actorIds: ['olaf-scholz', extra], placeIds: ['moscow'] });
    expect(mergeEvents([talks('a1', 'josep-borrell'), talks('a2', 'vladimir-putin')])).toHaveLength(1);
    const oneShared = [
      draft({ trigger: 'meeting', actorIds: ['us-government', 'kamala-harris'] }),
      draft({ trigger: 'meeting', articleId: 'a2', actorIds: ['us-government', 'dmytro-kuleba'] }),
    ];
    expect(mergeEvents(oneShared)).toHaveLength(2);
  });

  it('needs more than a shared country to tie two meetings, not two withdrawals', () => {
    const country = { actorIds: ['united-states'], placeIds: ['united-states'] };
    const meetings = [
      draft({ trigger: 'meeting', ...country, actorIds: ['united-states', 'kamala-harris'] }),
      draft({
        trigger: 'meeting',
        articleId: 'a2',
        ...country,
        actorIds: ['united-states', 'dmytro-kuleba'],
      }),
    ];
    expect(mergeEvents(meetings)).toHaveLength(2);
    const withdrawals = [draft(country), draft({ articleId: 'a2', ...country })];
    expect(mergeEvents(withdrawals)).toHaveLength(1);
  });

  it('lets a week-precise report meet a day in that week, keeping the precise date', () => {
    const events = mergeEvents([
      draft({ date: '2022-02-14', datePrecision: 'week', title: 'vague' }),
      draft({ articleId: 'a2', date: '2022-02-16', title: 'precise' }),
    ]);
    expect(events).toMatchObject([{ date: '2022-02-16', datePrecision: 'day', title: 'precise' }]);
  });

  it('marks the event occurred when any report says it did', () => {
    const events = mergeEvents([draft({ status: 'scheduled' }), draft({ articleId: 'a2' })]);
    expect(events[0]!.status).toBe('occurred');
  });

  it('derives ids from content, whatever the input order', () => {
    const a = draft({});
    const b = draft({ articleId: 'a2', start: 5 });
    const c = draft({ trigger: 'vote', articleId: 'a3', actorIds: ['state-duma'] });
    const one = mergeEvents([a, b, c]).map((e) => e.id);
    expect(mergeEvents([c, b, a]).map((e) => e.id)).toEqual(one);
    expect(new Set(one).size).toBe(2);
    for (const id of one) expect(id).toMatch(/^ev-2022-02-15-(withdrawal|vote)-[0-9a-f]{6}$/);
  });

  it('sorts events by date', () => {
    const events = mergeEvents([
      draft({ date: '2022-02-20' }),
      draft({ articleId: 'a2', date: '2022-02-01' }),
    ]);
    expect(events.map((e) => e.date)).toEqual(['2022-02-01', '2022-02-20']);
  });
});
