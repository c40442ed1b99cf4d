/**
 * Merges per-document actor hits into dataset actors.
 */
import type { Actor } from '../../domain/schema';
import type { Recognised, Reference } from '../types';

/** One actor per id, with every surface form seen plus the registry's aliases. */
export function mergeActors(found: Recognised[], reference: Reference): Actor[] {
  const ids = new Set(found.flatMap((f) => f.actors.map((a) => a.actorId)));
  return [...ids].flatMap((id) => {
    const record = reference.actors.get(id);
    return record
      ? [
          {
            id,
            name: record.name,
            kind: record.kind,
            affiliation: record.affiliation,
            aliases: record.aliases,
            inRegistry: true,
          },
        ]
      : [];
  });
}
