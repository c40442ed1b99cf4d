/**
 * Merges per-document actor hits into dataset actors: one actor per id, its registry aliases plus every
 * surface form seen, and only actors actually mentioned (plus the countries or bodies they speak for, so
 * that no affiliation id dangles).
 */
import type { Actor } from '../../domain/schema';
import type { ActorRecord, Recognised, Reference } from '../types';

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A surface form as an alias: no-break and repeated spaces collapsed, line breaks gone. */
function surfaceForm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One actor per id, with every surface form seen plus the registry's aliases. */
export function mergeActors(found: Recognised[], reference: Reference): Actor[] {
  const unregistered = new Map<string, ActorRecord>();
  const surfaces = new Map<string, Set<string>>();
  for (const doc of found) {
    for (const record of doc.newActors) if (!unregistered.has(record.id)) unregistered.set(record.id, record);
    for (const hit of doc.actors) {
      const forms = surfaces.get(hit.actorId) ?? new Set<string>();
      forms.add(surfaceForm(hit.text));
      surfaces.set(hit.actorId, forms);
    }
  }
  const record = (id: string): ActorRecord | undefined => reference.actors.get(id) ?? unregistered.get(id);
  const wanted = new Set<string>();
  const queue = [...surfaces.keys()];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const r = record(id);
    if (!r || wanted.has(id)) continue;
    wanted.add(id);
    if (r.affiliation && !wanted.has(r.affiliation)) queue.push(r.affiliation);
  }
  return [...wanted].sort(byString).map((id): Actor => {
    const r = record(id)!;
    const aliases = new Set([...r.aliases, ...(surfaces.get(id) ?? [])]);
    aliases.delete(r.name);
    return {
      id,
      name: r.name,
      kind: r.kind,
      affiliation: r.affiliation !== null && record(r.affiliation) ? r.affiliation : null,
      aliases: [...aliases].sort(byString),
      inRegistry: reference.actors.has(id),
    };
  });
}
