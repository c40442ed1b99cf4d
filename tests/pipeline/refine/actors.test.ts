import { describe, expect, it } from 'vitest';
import { mergeActors } from '../../../src/pipeline/refine/actors';
import type { ActorRecord, Recognised, Reference } from '../../../src/pipeline/types';

const record = (
  id: string,
  kind: ActorRecord['kind'],
  affiliation: string | null,
  aliases: string[] = [],
): ActorRecord => ({
  id,
  name: id.toUpperCase(),
  kind,
  affiliation,
  aliases,
  titles: [],
});

const reference: Reference = {
  actors: new Map(
    [
      record('ukraine', 'country', 'ukraine'),
      record('volodymyr-zelensky', 'person', 'ukraine', ['Zelenskyy']),
      record('russia', 'country', 'russia'),
      record('state-duma', 'government', 'russia'),
    ].map((r) => [r.id, r]),
  ),
  places: new Map(),
};

function found(hits: [string, string][], newActors: ActorRecord[] = []): Recognised {
  return {
    actors: hits.map(([actorId, text], n) => ({
      actorId,
      text,
      start: n * 10,
      end: n * 10 + text.length,
      via: 'alias',
    })),
    places: [],
    newActors,
    newPlaces: [],
  };
}

describe('mergeActors', () => {
  it('gives one actor per id with registry aliases and every surface form seen', () => {
    const actors = mergeActors(
      [
        found([['volodymyr-zelensky', 'Zelenski']]),
        found([['volodymyr-zelensky', 'President\u00a0Zelensky']]),
      ],
      reference,
    );
    const zelensky = actors.find((a) => a.id === 'volodymyr-zelensky')!;
    expect(zelensky.aliases).toEqual(['President Zelensky', 'Zelenski', 'Zelenskyy']);
    expect(zelensky.inRegistry).toBe(true);
  });

  it('keeps only actors mentioned, plus the bodies they speak for', () => {
    const ids = mergeActors([found([['volodymyr-zelensky', 'Zelensky']])], reference).map((a) => a.id);
    expect(ids).toEqual(['ukraine', 'volodymyr-zelensky']);
  });

  it('keeps people missing from the registry, marked so', () => {
    const expert = { ...record('x-anna-kowalczyk', 'person', null), name: 'Anna Kowalczyk' };
    const actors = mergeActors([found([['x-anna-kowalczyk', 'Kowalczyk']], [expert])], reference);
    expect(actors).toEqual([
      {
        id: 'x-anna-kowalczyk',
        name: 'Anna Kowalczyk',
        kind: 'person',
        affiliation: null,
        aliases: ['Kowalczyk'],
        inRegistry: false,
      },
    ]);
  });

  it('drops hits whose id is in neither the registry nor the new names', () => {
    expect(mergeActors([found([['nobody', 'Nobody']])], reference)).toEqual([]);
  });
});
