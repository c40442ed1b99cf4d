import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../src/domain/schema';
import { recognise } from '../../../../src/pipeline/extract/entities/recognise';
import { extractEvents } from '../../../../src/pipeline/extract/events/extract-events';
import { parsedDoc } from '../../parsed-doc';
import { reference } from '../../reference-data';
import type { EventDraft, ParsedDoc } from '../../../../src/pipeline/types';

function docOf(text: string, entries: Entry[] = []): ParsedDoc {
  return parsedDoc(text, { entries });
}

function events(text: string, day: string | null = '2022-02-16', entries: Entry[] = []): EventDraft[] {
  const doc = docOf(text, entries);
  return extractEvents(doc, recognise(doc, reference, day), day);
}

describe('extractEvents: triggers, dates and status', () => {
  it.each([
    [
      'Putin recognised the independence of two breakaway regions on Monday.',
      'recognition',
      '2022-02-14',
      'day',
      'occurred',
    ],
    ['The US is relocating its embassy from Kyiv to Lviv.', 'embassy', '2022-02-16', 'day', 'occurred'],
    [
      'Russia’s defence ministry said some troops were returning to their bases.',
      'withdrawal',
      '2022-02-16',
      'day',
      'occurred',
    ],
    ['The Duma voted to approve an appeal to the president.', 'vote', '2022-02-16', 'day', 'occurred'],
    ['Kuleba held talks in Washington last week.', 'meeting', '2022-02-07', 'week', 'occurred'],
    [
      'Joint exercises in Belarus are due to end on 20 February.',
      'exercise',
      '2022-02-20',
      'day',
      'scheduled',
    ],
    [
      'US officials said an invasion could come as soon as Friday.',
      'attack',
      '2022-02-18',
      'day',
      'forecast',
    ],
    ['Biden and Johnson held a phone call on Monday.', 'call', '2022-02-14', 'day', 'occurred'],
    ['On Friday, Biden spoke with Zelensky by phone.', 'call', '2022-02-11', 'day', 'occurred'],
    [
      'Kuleba said Monday that Kyiv had recalled its ambassador from Minsk.',
      'embassy',
      '2022-02-14',
      'day',
      'occurred',
    ],
    [
      'US officials told reporters last week that a Russian invasion could come within days.',
      'attack',
      '2022-02-07',
      'week',
      'occurred',
    ],
  ])('%s', (text, trigger, date, precision, status) => {
    expect(events(text)).toMatchObject([{ trigger, date, datePrecision: precision, status }]);
  });

  it.each([
    ['speculation without a date', 'Officials fear Russia could invade Ukraine at any moment.'],
    ['a negated happening', 'Moscow has not recognised the breakaway regions.'],
    ['a question', 'Will Putin recognise the breakaway regions?'],
    ['no trigger', 'Putin spoke about history for an hour.'],
    ['no actor or place', 'They met and talked.'],
    ['a reported question', 'Asked if Putin would recognise the breakaway regions, Scholz said no.'],
    ['a fragment opening on a verb', 'Is about Donetsk and Luhansk, which Moscow recognised.'],
    ['a relative date and no names', 'The drills ended on Monday.'],
  ])('nothing for %s', (_, text) => {
    expect(events(text)).toEqual([]);
  });

  it('needs a date: an undated article gives no event without one in the sentence', () => {
    expect(events('Scholz met Zelensky in Kyiv.', null)).toEqual([]);
    expect(events('Scholz met Zelensky in Kyiv on 14 February 2022.', null)).toMatchObject([
      { date: '2022-02-14' },
    ]);
  });

  it('keeps the actors and places of the sentence and one source span', () => {
    const text =
      'Intro line here.\n\nGerman Chancellor Olaf Scholz met Volodymyr Zelensky in Kyiv on Monday.';
    const [event] = events(text, '2022-02-15');
    expect(event!.actorIds).toEqual(expect.arrayContaining(['olaf-scholz', 'volodymyr-zelensky']));
    expect(event!.placeIds).toContain('kyiv');
    expect(event!.sources).toHaveLength(1);
    const source = event!.sources[0]!;
    expect(text.slice(source.start, source.end)).toBe(
      'German Chancellor Olaf Scholz met Volodymyr Zelensky in Kyiv on Monday.',
    );
  });

  it('dates a live entry from its timestamp, not the page', () => {
    const text = 'Entry one\n\nThe US is relocating its embassy to Lviv.';
    const entry: Entry = {
      id: 'doc-e1',
      publishedAt: '2022-02-14T19:22:00Z',
      headline: 'Entry one',
      label: null,
      byline: null,
      start: 0,
      end: text.length,
      textStart: 11,
    };
    expect(events(text, '2022-02-15', [entry])).toMatchObject([
      { date: '2022-02-14', sources: [{ entryId: 'doc-e1' }] },
    ]);
  });

  it('does not take a media credit for an actor of the event', () => {
    const [event] = events('Russia recognised the breakaway regions on Monday, according to Reuters.');
    expect(event!.actorIds).not.toContain('reuters');
  });
});

describe('extractEvents: one happening over several sentences', () => {
  it('joins a pronoun-led follow-up to the happening it goes on about, with its date', () => {
    const text = [
      'Yesterday the Kremlin said it had intercepted a Polish drone over Belarus.',
      'Nato called the claim absurd.',
      'It said a Russian jet intercepted the drone near Minsk.',
    ].join('\n\n');
    const [event, ...rest] = events(text, '2022-02-16');
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ date: '2022-02-15', trigger: 'incident' });
    expect(event!.sources).toHaveLength(2);
    expect(event!.placeIds).toEqual(expect.arrayContaining(['belarus', 'minsk']));
  });

  it('keeps a follow-up with its own date apart', () => {
    const text = [
      'Yesterday Russia said it had intercepted a drone over Belarus.',
      'It said on Monday that it had intercepted another drone over Crimea.',
    ].join('\n\n');
    expect(events(text, '2022-02-16').map((e) => e.date)).toEqual(['2022-02-15', '2022-02-14']);
  });

  it('keeps an explicitly dated happening that names nobody', () => {
    expect(events('The joint war games are due to end on 20 February.')).toMatchObject([
      { date: '2022-02-20', status: 'scheduled', actorIds: [], placeIds: [] },
    ]);
  });
});
