import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVIEW_STATUSES } from '../../src/domain/reviews';
import { MAX_LIST_IDS, parseSearch, parseView, serializeView } from '../../src/url-state/url-codec';
import { DEFAULT_VIEW, type ViewState } from '../../src/url-state/view-state';

describe('parseView / serializeView', () => {
  it('gives the default view for an empty query, and an empty query for it', () => {
    expect(parseView('')).toEqual(DEFAULT_VIEW);
    expect(serializeView(DEFAULT_VIEW)).toBe('');
  });

  it('writes keys in schema order with readable commas and colons', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      pane: 'articles',
      actors: ['russia', 'usa'],
      from: '2021-12-01',
      claim: 'a:12',
      map: { lat: 49.5, lon: 31.25, zoom: 5 },
      chart: 'table',
    };
    expect(serializeView(view)).toBe(
      '?from=2021-12-01&actors=russia,usa&claim=a:12&map=49.5,31.25,5&chart=table&pane=articles',
    );
    expect(parseView(serializeView(view))).toEqual(view);
  });

  it.each<[string, string, Partial<ViewState>]>([
    ['garbage', '?%%%&&=&from', {}],
    ['unknown keys', '?evil=1&__proto__=x&constructor=y', {}],
    ['an impossible date', '?from=2022-02-30&to=2022-13-01', {}],
    [
      'a reversed range (swapped)',
      '?from=2022-02-10&to=2021-11-01',
      { from: '2021-11-01', to: '2022-02-10' },
    ],
    [
      'markup in ids',
      '?actors=<script>alert(1)</script>,russia&claim=<img onerror=x>',
      { actors: ['russia'] },
    ],
    ['upper case and commas in an id', '?article=Foo&entry=a,b', {}],
    ['a huge value', `?actors=${'a'.repeat(10_000)}&claim=${'b'.repeat(10_000)}`, {}],
    ['a bad viewport', '?map=91,200', {}],
    ['an out-of-range viewport (clamped)', '?map=95,-200,40', { map: { lat: 90, lon: -180, zoom: 20 } }],
    ['an empty viewport part', '?map=1,,3', {}],
    ['unknown pane and chart mode', '?pane=admin&chart=pie', {}],
    ['duplicate ids', '?places=kyiv,kyiv,crimea', { places: ['kyiv', 'crimea'] }],
    ['repeated keys (first wins)', '?pane=chart&pane=articles', { pane: 'chart' }],
  ])('survives %s', (_, search, expected) => {
    expect(parseView(search)).toEqual({ ...DEFAULT_VIEW, ...expected });
  });

  it('caps the number of ids in a list', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `id${i}`);
    expect(parseView(`actors=${ids.join(',')}`).actors).toHaveLength(MAX_LIST_IDS);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        expect(() => parseView(s)).not.toThrow();
        expect(() => parseView(`?from=${s}&actors=${s}&map=${s}`)).not.toThrow();
      }),
    );
  });

  const id = fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,30}$/);
  const day = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2040-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const fixed = (min: number, max: number, digits: number) =>
    fc.integer({ min: min * 10 ** digits, max: max * 10 ** digits }).map((n) => n / 10 ** digits);
  const view: fc.Arbitrary<ViewState> = fc
    .record({
      range: fc.tuple(fc.option(day), fc.option(day)),
      actors: fc.uniqueArray(id, { maxLength: 5 }),
      claimants: fc.uniqueArray(id, { maxLength: 5 }),
      places: fc.uniqueArray(id, { maxLength: 5 }),
      q: fc.string({ maxLength: 40 }).map(parseSearch),
      review: fc.subarray([...REVIEW_STATUSES]),
      showRejected: fc.boolean(),
      claim: fc.option(id),
      article: fc.option(id),
      entry: fc.option(id),
      map: fc.option(fc.record({ lat: fixed(-90, 90, 5), lon: fixed(-180, 180, 5), zoom: fixed(0, 20, 2) })),
      chart: fc.constantFrom('chart' as const, 'table' as const),
      pane: fc.constantFrom('map' as const, 'chart' as const, 'articles' as const),
    })
    .map(({ range: [a, b], ...rest }) => {
      const [from, to] = a && b && a > b ? [b, a] : [a, b];
      return { ...rest, from, to };
    });

  it('round-trips every valid view', () => {
    fc.assert(
      fc.property(view, (v) => {
        expect(parseView(serializeView(v))).toEqual(v);
      }),
    );
  });

  it('reads the search, review statuses and Show rejected, folding white space and dropping unknown statuses', () => {
    const v = parseView('?q=pontoon%20%20%0Abridge&review=rejected,bogus,confirmed&rejected=shown');
    expect(v.q).toBe('pontoon bridge');
    expect(v.review).toEqual(['confirmed', 'rejected']);
    expect(v.showRejected).toBe(true);
    expect(serializeView({ ...DEFAULT_VIEW, q: 'Yelnya camp', review: ['corrected'] })).toBe(
      '?q=Yelnya%20camp&review=corrected',
    );
    expect(parseView(`q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });
});
