/** Sentences that state troop numbers, in every form the extractor is meant to read. */
import { troopQuantity, troopTotal, withCommas } from './numbers';
import type { Pools, Speaker, SynthPlace } from './pools';
import type { Rng } from './prng';

/** A sentence and how many troop claims its author meant it to hold. */
export interface ClaimSentence {
  text: string;
  claims: number;
}

const NOUNS = [
  'Russian troops',
  'Russian soldiers',
  'Russian servicemen',
  'troops',
  'Russian military personnel',
];
const VERBS = [
  'are massed',
  'have been deployed',
  'are stationed',
  'were gathered',
  'remain positioned',
  'are based',
];
const GENERIC_SPOTS = [
  'near the border with Ukraine',
  "close to Ukraine's borders",
  "along Ukraine's eastern frontier",
  'near the Ukrainian border',
  'within striking distance of Ukraine',
];
const MONTHS_AHEAD = ['late January', 'early February', 'the end of the winter', 'the spring', 'next month'];

/** "Nato", or "Olaf Scholz, the German chancellor," for a titled person. */
export function speakerName(speaker: Speaker, rng: Rng): string {
  if (speaker.person && speaker.title && rng.chance(0.5))
    return `${speaker.name}, the ${speaker.title.replace(/^the /i, '')},`;
  return speaker.name;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Where the troops are, as a phrase ("near Voronezh", "in Belarus"). */
export function spot(rng: Rng, places: SynthPlace[]): string {
  if (places.length === 0 || rng.chance(0.45)) return rng.pick(GENERIC_SPOTS);
  const place = rng.pick(places);
  if (place.kind === 'border') return `along the ${place.name.replace(/^the /i, '')}`;
  if (place.kind === 'city') return `near ${place.name}`;
  return `in ${place.name}`;
}

function quantityOf(rng: Rng, noun = rng.pick(NOUNS)): string {
  return `${troopQuantity(rng, troopTotal(rng))} ${noun}`;
}

/** Wraps a bare statement in one of the attribution forms, or leaves it to the outlet. */
function attribute(rng: Rng, statement: string, speakers: Speaker[]): string {
  const who = speakerName(rng.pick(speakers), rng);
  switch (rng.int(0, 5)) {
    case 0:
      return `${capital(who)} said ${statement}.`;
    case 1:
      return `${capital(statement)}, according to ${who.replace(/,$/, '')}.`;
    case 2:
      return `${capital(who)} estimated that ${statement}.`;
    case 3:
      return `${capital(statement)}, ${who} told reporters.`;
    case 4:
      return `${capital(who)} believes ${statement}.`;
    default:
      return `${capital(statement)}.`;
  }
}

type Template = (rng: Rng, pools: Pools) => ClaimSentence;

const TEMPLATES: Template[] = [
  (rng, { speakers, places }) => ({
    text: attribute(rng, `${quantityOf(rng)} ${rng.pick(VERBS)} ${spot(rng, places)}`, speakers),
    claims: 1,
  }),
  (rng, { speakers, places }) => {
    const groups = rng.int(40, 130);
    const size = rng.int(6, 9) * 100;
    const each = rng.pick([
      `, each of about ${withCommas(size)} to ${withCommas(size + 100)} troops,`,
      `, each numbering roughly ${withCommas(size)} soldiers,`,
      '',
    ]);
    const unit = rng.pick(['battalion tactical groups', 'BTGs', 'battalion tactical groups (BTGs)']);
    const count = rng.chance(0.5) ? `around ${groups}` : String(groups);
    return {
      text: attribute(rng, `${count} ${unit}${each} were deployed ${spot(rng, places)}`, speakers),
      claims: 1,
    };
  },
  (rng, { speakers }) => {
    const value = withCommas(rng.int(10, 20) * 10_000);
    const who = speakerName(rng.pick(speakers), rng);
    return {
      text: rng.pick([
        `${capital(who)} warned that Russia could assemble a force of up to ${value} troops by ${rng.pick(MONTHS_AHEAD)}.`,
        `An invasion could involve as many as ${value} troops, ${who.replace(/,$/, '')} said.`,
        `Moscow may be planning an offensive with ${value} soldiers as soon as ${rng.pick(MONTHS_AHEAD)}, according to ${who.replace(/,$/, '')}.`,
      ]),
      claims: 1,
    };
  },
  (rng, { speakers, places }) => {
    const total = rng.int(10, 19) * 10_000;
    const part = rng.int(1, 5) * 10_000;
    const there = places.length > 0 ? rng.pick(places).name : 'Belarus';
    const statement = `about ${withCommas(total)} Russian troops were ${rng.pick(GENERIC_SPOTS)}, including ${withCommas(part)} taking part in drills in ${there}`;
    return { text: attribute(rng, statement, speakers), claims: 2 };
  },
  (rng, { speakers, places }) => {
    const total = rng.int(8, 15) * 10_000;
    const more = rng.int(1, 4) * 10_000;
    const there = places.length > 0 ? rng.pick(places).name : 'Belarus';
    const statement = rng.chance(0.5)
      ? `an estimated ${withCommas(total)} Russian troops ${rng.pick(VERBS)} ${rng.pick(GENERIC_SPOTS)} and a further ${withCommas(more)} are exercising in ${there}`
      : `${withCommas(total)} Russian troops ${rng.pick(VERBS)} ${rng.pick(GENERIC_SPOTS)} and a reported ${withCommas(more)} more are in ${there}`;
    return { text: attribute(rng, statement, speakers), claims: 2 };
  },
  (rng, { speakers, places }) => {
    const added = withCommas(rng.int(2, 30) * 1000);
    return {
      text: attribute(rng, `Russia has sent another ${added} troops ${spot(rng, places)}`, speakers),
      claims: 1,
    };
  },
  (rng, { speakers, places }) => ({
    text: attribute(
      rng,
      `Russia has ${rng.pick(['moved', 'amassed', 'positioned'])} ${quantityOf(rng, 'troops')} ${spot(rng, places)}`,
      speakers,
    ),
    claims: 1,
  }),
];

/** One sentence with one or two troop claims. */
export function claimSentence(rng: Rng, pools: Pools): ClaimSentence {
  return rng.pick(TEMPLATES)(rng, pools);
}
