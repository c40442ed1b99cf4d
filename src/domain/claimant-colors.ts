/**
 * Claimants, one vocabulary for every view: each claimant has a display name and a group (the country or body it
 * speaks for, the end of its affiliation chain in the actor registry). Claims are drawn per group, one colour per
 * series shared by the map and the chart; filter, legend, tooltip, table and export use the same names.
 */
import { claimPositions } from './filters';
import type { Actor, Claim } from './schema';

/** Series key of claims nobody is named for (the outlet states the number itself). */
export const UNATTRIBUTED_KEY = '(unattributed)';

/** What every view calls claims nobody is named for. */
export const UNATTRIBUTED_LABEL = 'Unattributed';

/** Colour of unattributed claims: a neutral that reads as "no source", not as another claimant. */
export const UNATTRIBUTED_COLOR = '#6f6f6f';

/** Colour shared by claimants beyond the palette, so a long tail never reuses a named series' colour. */
export const OTHER_COLOR = '#a8a8a8';

/**
 * Okabe–Ito colours, which stay distinguishable under the common colour-vision deficiencies; its yellow
 * comes last because it is faint on a light map.
 */
export const CLAIMANT_PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const;

/** One claimant series as the legends list it. */
export interface ClaimantEntry {
  key: string;
  label: string;
  color: string;
  /** Claims in the whole dataset with this key (what ranks the palette). */
  count: number;
  /** The names of the groups the series stands for: two or more for claims made jointly. */
  groups: readonly string[];
}

/** Keys, labels and colours for every claim of a dataset; built once per dataset so colours never shift. */
export interface ClaimantScheme {
  keyOf(claim: Claim): string;
  /** `keyOf` of every claim of a list, read by position for a list the filters built (see `claimPositions`). */
  keysOf(claims: readonly Claim[]): string[];
  labelOf(key: string): string;
  colorOf(key: string): string;
  /** The claim's claimants as `claimantLabel` names them, in the order the claim names them. */
  namesOf(claim: Claim): string[];
  /** The names of the groups the claim's claimants speak for, in the order the claim names them. */
  groupNamesOf(claim: Claim): string[];
  entries: readonly ClaimantEntry[];
  /**
   * The entries of `keys`, in the order of `entries`; a key the dataset never had (a correction naming other
   * claimants) is added at the end in the shared grey, so a legend lists every series it draws.
   */
  entriesOf(keys: ReadonlySet<string>): ClaimantEntry[];
}

/**
 * An actor and every body above it along its affiliation chain (Dmitry Peskov, Russian government, Russia): a
 * claimant filter on any of them matches the actor. Stops at a self-affiliation, a missing link or a loop.
 */
export function affiliationChain(id: string, actors: ReadonlyMap<string, Actor>): string[] {
  const chain = [id];
  for (let next = actors.get(id)?.affiliation; next && !chain.includes(next);) {
    chain.push(next);
    next = actors.get(next)?.affiliation;
  }
  return chain;
}

/** The group an actor speaks for: the end of its affiliation chain (an actor with none is its own group). */
export function groupOf(id: string, actors: ReadonlyMap<string, Actor>): string {
  const chain = affiliationChain(id, actors);
  return chain[chain.length - 1]!;
}

/** The groups a claim's claimants speak for, deduplicated, in the order the claim names them. */
export function claimantAffiliations(claim: Claim, actors: ReadonlyMap<string, Actor>): string[] {
  const seen = new Set<string>();
  for (const id of claim.claimantIds) seen.add(groupOf(id, actors));
  return [...seen];
}

/** A claimant as every view names it: "US intelligence (United States)", or just "United States" for a group. */
export function claimantLabel(id: string, actors: ReadonlyMap<string, Actor>): string {
  const group = groupOf(id, actors);
  const name = nameOf(id, actors);
  return group === id ? name : `${name} (${nameOf(group, actors)})`;
}

/** Claimants as the pickers list them: by their group's name, each group before its members, members by name. */
export function byGroupThenName(
  a: { name: string; groupName: string; isGroup: boolean },
  b: { name: string; groupName: string; isGroup: boolean },
): number {
  return (
    a.groupName.localeCompare(b.groupName) || (a.isGroup ? -1 : b.isGroup ? 1 : a.name.localeCompare(b.name))
  );
}

/** One group of actors a form offers: the group's name, then the group itself and its members, named as filters do. */
export interface ActorGroupChoices {
  group: string;
  name: string;
  actors: { id: string; label: string }[];
}

/**
 * Every actor of the registry under the group it speaks for, in the claimant filter's order and with its labels
 * ("United States", then "Joe Biden (United States)"): what a form that names claimants offers.
 */
export function actorGroupChoices(actorList: readonly Actor[]): ActorGroupChoices[] {
  const actors = new Map(actorList.map((a) => [a.id, a]));
  const rows = actorList.map((actor) => {
    const group = groupOf(actor.id, actors);
    return {
      id: actor.id,
      group,
      name: actor.name,
      groupName: nameOf(group, actors),
      isGroup: group === actor.id,
    };
  });
  const groups = new Map<string, ActorGroupChoices>();
  for (const row of rows.sort(byGroupThenName)) {
    let entry = groups.get(row.group);
    if (!entry) {
      entry = { group: row.group, name: row.groupName, actors: [] };
      groups.set(row.group, entry);
    }
    entry.actors.push({ id: row.id, label: claimantLabel(row.id, actors) });
  }
  return [...groups.values()];
}

/** The series key of a claim: its affiliations sorted (order of mention must not split a series). */
export function claimantKey(claim: Claim, actors: ReadonlyMap<string, Actor>): string {
  return keyOfClaimants(claim.claimantIds, (id) => groupOf(id, actors));
}

// Most claims name one claimant or none: those need no set, sort or join.
function keyOfClaimants(ids: readonly string[], group: (id: string) => string): string {
  if (ids.length === 0) return UNATTRIBUTED_KEY;
  if (ids.length === 1) return group(ids[0]!);
  return [...new Set(ids.map(group))].sort().join('+');
}

function nameOf(id: string, actors: ReadonlyMap<string, Actor>): string {
  return actors.get(id)?.name ?? id;
}

/** The names of the groups a series key stands for (none for unattributed claims). */
export function keyGroupNames(key: string, actors: ReadonlyMap<string, Actor>): string[] {
  return key === UNATTRIBUTED_KEY ? [] : key.split('+').map((id) => nameOf(id, actors));
}

/**
 * A key's label for legends: "United States", "Unattributed", or, for claims made jointly, "Joint: United Kingdom
 * and United States" (one series of its own, so no joint claim is counted twice or passed off as one group's).
 */
export function claimantKeyLabel(key: string, actors: ReadonlyMap<string, Actor>): string {
  if (key === UNATTRIBUTED_KEY) return UNATTRIBUTED_LABEL;
  const names = keyGroupNames(key, actors);
  return names.length > 1 ? `Joint: ${joinNames(names)}` : names[0]!;
}

/** Joins names as speech does: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Builds the scheme for a dataset: the most frequent keys get the palette in order (ties by key), the rest
 * share a grey; unattributed claims always get their own neutral.
 */
export function buildClaimantScheme(claims: readonly Claim[], actorList: readonly Actor[]): ClaimantScheme {
  const actors = new Map(actorList.map((a) => [a.id, a]));
  // Each actor's group walked once; a claim's key is read from its claimants (a corrected claim is a copy with
  // other claimants, and falls in their series).
  const groups = new Map<string, string>();
  const group = (id: string): string => {
    let found = groups.get(id);
    if (found === undefined) groups.set(id, (found = groupOf(id, actors)));
    return found;
  };
  const keyOf = (claim: Claim): string => keyOfClaimants(claim.claimantIds, group);
  const keyAt = claims.map(keyOf);
  const counts = new Map<string, number>();
  for (const key of keyAt) counts.set(key, (counts.get(key) ?? 0) + 1);
  const ranked = [...counts.entries()]
    .filter(([key]) => key !== UNATTRIBUTED_KEY)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const colors = new Map<string, string>(ranked.map(([key], i) => [key, CLAIMANT_PALETTE[i] ?? OTHER_COLOR]));
  colors.set(UNATTRIBUTED_KEY, UNATTRIBUTED_COLOR);
  const labels = new Map<string, string>();
  const labelOf = (key: string): string => {
    let label = labels.get(key);
    if (label === undefined) {
      label = claimantKeyLabel(key, actors);
      labels.set(key, label);
    }
    return label;
  };
  const colorOf = (key: string): string => colors.get(key) ?? OTHER_COLOR;
  const unattributed = counts.get(UNATTRIBUTED_KEY);
  const entryOf = (key: string, count: number): ClaimantEntry => ({
    key,
    label: labelOf(key),
    color: colorOf(key),
    count,
    groups: keyGroupNames(key, actors),
  });
  const entries = ranked.map(([key, count]) => entryOf(key, count));
  if (unattributed) entries.push(entryOf(UNATTRIBUTED_KEY, unattributed));
  const known = new Set(counts.keys());
  return {
    keyOf,
    keysOf: (list) => {
      const from = claimPositions(list);
      if (from?.source !== claims) return list.map(keyOf);
      const { at } = from;
      return list.map((claim, i) => (claims[at[i]!] === claim ? keyAt[at[i]!]! : keyOf(claim)));
    },
    labelOf,
    colorOf,
    namesOf: (claim) => [...new Set(claim.claimantIds.map((id) => claimantLabel(id, actors)))],
    groupNamesOf: (claim) => claimantAffiliations(claim, actors).map((id) => nameOf(id, actors)),
    entries,
    entriesOf: (shown) => {
      const listed = entries.filter((e) => shown.has(e.key));
      for (const key of shown) if (!known.has(key)) listed.push(entryOf(key, 0));
      return listed;
    },
  };
}

const schemes = new WeakMap<object, ClaimantScheme>();

/** The scheme of a dataset, built on first use and shared by every view of that dataset. */
export function schemeFor(dataset: { claims: readonly Claim[]; actors: readonly Actor[] }): ClaimantScheme {
  let scheme = schemes.get(dataset);
  if (!scheme) {
    scheme = buildClaimantScheme(dataset.claims, dataset.actors);
    schemes.set(dataset, scheme);
  }
  return scheme;
}
