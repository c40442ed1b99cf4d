/**
 * A live page in the BBC-like layout: a summary, then numbered entries whose headline runs straight into
 * "published at HH:MM Greenwich Mean Time D Month YYYY", newest first.
 */
import { isoDay, longDay } from './calendar';
import { paragraphs, type SynthFile } from './article';
import type { Pools } from './pools';
import { filler, headline } from './prose';
import { hex, type Rng } from './prng';

const LABELS = ['Breaking', 'Analysis', 'Post update'];
const ROLES = ['Diplomatic correspondent', 'Reporting from Kyiv', 'Security correspondent', 'Europe editor'];
const PEOPLE = [
  'Anna Fielding',
  'Tomasz Nowak',
  'Priya Raman',
  'Marc Delorme',
  'Olena Savchuk',
  'James Whitlow',
];

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A live page with six to twelve entries spread over one day and about five troop claims in all. */
export function liveblog(rng: Rng, pools: Pools, prefix: string, day: Date): SynthFile {
  const entryCount = rng.int(6, 12);
  const body = paragraphs(rng, pools, rng.int(4, 6));
  const perEntry = Math.ceil(body.paragraphs.length / entryCount);
  let minutes = rng.int(17 * 60, 22 * 60);
  const entries: string[] = [];
  for (let i = 0; i < entryCount; i += 1) {
    const chunk = body.paragraphs.slice(i * perEntry, (i + 1) * perEntry);
    const text = chunk.length > 0 ? chunk : [filler(rng, pools)];
    const lines = [
      `  ${i + 1}. ${headline(rng, pools)}published at ${clock(minutes)} Greenwich Mean Time ${longDay(day)}`,
    ];
    if (rng.chance(0.25)) lines.push(`    ${rng.pick(LABELS)}`);
    lines.push('');
    if (rng.chance(0.4)) lines.push(`    ${rng.pick(PEOPLE)}`, `    ${rng.pick(ROLES)}`, '');
    for (const paragraph of text) lines.push(`    ${paragraph}`, '');
    entries.push(lines.join('\n'));
    minutes = Math.max(6 * 60, minutes - rng.int(4, 45));
  }
  const summary = Array.from({ length: 3 }, () => `  \u2022 ${filler(rng, pools)}`).join('\n\n');
  const header = rng.chance(0.5) ? ` date ${isoDay(day)} ${headline(rng, pools)}\n\n` : '';
  const content = `${header}Summary\n\n${summary}\n\n${entries.join('\n')}`;
  return { name: `${prefix}_${hex(rng, 16)}.txt`, content, claims: body.claims };
}
