/** Sentences around the claims: diplomacy, headlines, and numbers that are not troops (casualties, money, years). */
import { withCommas } from './numbers';
import type { Pools } from './pools';
import type { Rng } from './prng';
import { speakerName } from './claims';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A sentence with a number that must not become a troop claim. */
export function distractor(rng: Rng, pools: Pools): string {
  const place = pools.places.length > 0 ? rng.pick(pools.places).name : 'Kyiv';
  const forms = [
    () =>
      `The conflict in the east has killed an estimated ${withCommas(rng.int(13, 15) * 1000)} people since 2014.`,
    () => `The camp lies about ${rng.int(20, 300)} miles from the border.`,
    () =>
      `Washington has pledged $${rng.int(2, 9)}${rng.chance(0.5) ? '00 million' : '.5 billion'} in security assistance.`,
    () => `Satellite images showed ${rng.int(300, 1200)} tanks and ${rng.int(40, 200)} aircraft at the site.`,
    () =>
      `Some ${withCommas(rng.int(2, 90) * 1000)} people have fled ${place} since ${rng.pick(['2014', 'the autumn', 'January'])}.`,
    () => `Gas prices rose ${rng.int(3, 40)}% after the announcement.`,
    () => `The talks, the first since ${rng.pick(['2019', '2015', '2008'])}, lasted ${rng.int(2, 9)} hours.`,
    () => `Around ${rng.int(2, 60)} diplomats and their families were told to leave.`,
    () =>
      `The ${withCommas(rng.int(1000, 1300))}-mile pipeline cost about \u00a3${rng.int(5, 9)}bn to build.`,
    () => `Resolution ${rng.int(2100, 2700)} was adopted in ${rng.pick(['2015', '2014'])}.`,
  ];
  return rng.pick(forms)();
}

/** A sentence without numbers that names actors and places. */
export function filler(rng: Rng, pools: Pools): string {
  const who = capital(speakerName(rng.pick(pools.speakers), rng));
  const place = pools.places.length > 0 ? rng.pick(pools.places).name : 'Kyiv';
  const forms = [
    () => `${who} called for further talks to ease the tension.`,
    () => `Diplomats met in ${place} but reported little progress.`,
    () => `${who} said any incursion would be met with severe sanctions.`,
    () => `The Kremlin has repeatedly denied that it plans to invade Ukraine.`,
    () => `Residents of ${place} described convoys moving through the night.`,
    () => `${who} urged Moscow to pull back its forces and return to dialogue.`,
    () => `Analysts say the movements could also be a show of force ahead of negotiations.`,
    () => `Officials in ${place} said they were monitoring the situation closely.`,
    () =>
      `The exercises are expected to continue ${rng.pick(['until next week', 'for several days', 'through the weekend'])}.`,
    () => `${who} declined to comment on intelligence matters.`,
  ];
  return rng.pick(forms)();
}

/** A headline in the register of wire copy. */
export function headline(rng: Rng, pools: Pools): string {
  const who = capital(pools.speakers.length > 0 ? rng.pick(pools.speakers).name : 'Officials');
  const place = pools.places.length > 0 ? rng.pick(pools.places).name : 'Ukraine';
  return rng.pick([
    `${who} warns of Russian build-up near Ukraine`,
    `Troops gather near ${place} as talks stall`,
    `${who} says Moscow is still reinforcing its forces`,
    `New satellite images show forces near ${place}`,
    `Russia denies invasion plans as tension grows`,
    `What we know about the troops around Ukraine`,
    `${who} urges restraint as drills continue in ${place}`,
  ]);
}
