/**
 * Capitals that stand for governments ("Moscow denies", "Moscow's move", "according to Kiev estimates") and
 * the same names as places ("troops near Kyiv", "Scholz arrived in Moscow"). Place is the default.
 */
import type { Token } from '../entities/tokens';

const LOCATIVE = new Set(
  `in into to at near outside around toward towards across via over inside within from through visit visited
   visits visiting arrived arrive arrives reached flew travelled traveled capital city streets`.split(/\s+/),
);

/** Verbs (and auxiliaries) whose subject acts or speaks. */
const ACTS = new Set(
  `said says say saying told tells tell warned warns warn denied denies deny insisted insists accused accuses
   claimed claims announced announces rejected rejects demanded demands wants want wanted has have had will would
   could may might must should can cannot did does responded responds sent sends decided decides agreed agrees
   refused refuses recognised recognized recognises recognizes ordered orders believes believed fears feared hopes
   hoped sees saw views considers considered argues argued stated states urged urges called calls threatened
   threatens plans planned intends intended continues continued maintains maintained dismissed dismisses reiterated
   reacted slammed condemned condemns expelled imposed launched signalled signaled offered offers proposed proposes
   invaded attacked backed backs supports supported blamed blames retaliated moved moves deployed deploys
   withdrew withdraws suggested suggests hinted vowed vows pledged pledges promised promises seeks sought
   appears appeared remains remained sees hit hits`.split(/\s+/),
);

/** Nouns after "Moscow's" that make it the government, not the city. */
const ACTOR_NOUNS = new Set(
  `move moves decision decisions position demands demand claims claim response aggression intentions intention
   plans plan actions action policy government officials leadership forces troops military army ambassador envoy
   stance proposal proposals offer refusal denial threats threat security concerns allies ally recognition
   estimates estimate narrative propaganda behaviour behavior strategy tactics goals aims side war invasion approach
   request requests ultimatum proxies backing support view views assessment`.split(/\s+/),
);

/** Words after which the capital is the government: "talks with Moscow", "between Moscow and Kyiv". */
const ACTOR_BEFORE = new Set([
  'with',
  'between',
  'against',
  'by',
  'urged',
  'warned',
  'told',
  'pressed',
  'sanction',
]);

const SKIP = new Set([
  'also',
  'now',
  'still',
  'already',
  'has',
  'have',
  'had',
  'not',
  'never',
  'repeatedly',
  'again',
]);

function actsAfter(tokens: readonly Token[], k: number): boolean {
  let j = k;
  // Skip adverbs and auxiliaries to reach the verb ("Moscow has not made", "Moscow also said").
  for (let steps = 0; steps < 3 && tokens[j] && SKIP.has(tokens[j]!.norm); steps += 1) {
    if (['has', 'have', 'had'].includes(tokens[j]!.norm)) return true;
    j += 1;
  }
  const t = tokens[j];
  if (t === undefined || t.nl) return false;
  // "Moscow is drawing down its troops": a verb in the progressive acts; "Kyiv was being shelled" is done to the
  // city.
  const next = tokens[j + 1];
  if (
    PROGRESSIVE_AUX.has(t.norm) &&
    next &&
    !next.nl &&
    /^\p{L}+ing$/u.test(next.norm) &&
    next.norm !== 'being'
  )
    return true;
  return ACTS.has(t.norm);
}

const PROGRESSIVE_AUX = new Set(['is', 'was', 'are', 'were']);

/** What the metonym rule may ask about the names around a capital. */
export interface Neighbours {
  /** End of the name that starts at token k, or -1. */
  nameEnd(k: number): number;
  /** True when token k belongs to a name read as an actor ("Moscow" in "between Moscow and Kyiv"). */
  isActor(k: number): boolean;
}

/** True when the place name at tokens [from, to) acts as a government here. */
export function actsAsGovernment(
  tokens: readonly Token[],
  from: number,
  to: number,
  around: Neighbours,
): boolean {
  const before = tokens[from - 1];
  const before2 = tokens[from - 2];
  if (before?.norm === 'to' && before2?.norm === 'according') return true;
  if (before && LOCATIVE.has(before.norm) && !before.nl) return false;
  if (before && ACTOR_BEFORE.has(before.norm) && !before.nl) return true;
  if (before?.norm === 'and' && around.isActor(from - 2)) return true;
  const next = tokens[to];
  if (next?.norm === "'" && tokens[to + 1]?.norm === 's') return ACTOR_NOUNS.has(tokens[to + 2]?.norm ?? '');
  if (next && ACTOR_NOUNS.has(next.norm)) return true;
  if (actsAfter(tokens, to)) return true;
  if (next?.norm === 'and') {
    const end = around.nameEnd(to + 1);
    return end > 0 && actsAfter(tokens, end);
  }
  return false;
}
