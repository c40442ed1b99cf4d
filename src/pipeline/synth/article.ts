/** One ordinary news article in one of the formats users save: header line, front matter, wire dateline or HTML. */
import { isoDay } from './calendar';
import { claimSentence } from './claims';
import type { Pools } from './pools';
import { distractor, filler, headline } from './prose';
import { hex, type Rng } from './prng';

/** A generated file: its name, its content and the troop claims it was written to hold. */
export interface SynthFile {
  name: string;
  content: string;
  claims: number;
}

/** Paragraphs of one to three sentences holding about five troop claims, distractors and filler. */
export function paragraphs(
  rng: Rng,
  pools: Pools,
  claimTarget: number,
): { paragraphs: string[]; claims: number } {
  const sentences: string[] = [];
  let claims = 0;
  while (claims < claimTarget) {
    const sentence = claimSentence(rng, pools);
    sentences.push(sentence.text);
    claims += sentence.claims;
  }
  const extra = rng.int(8, 18);
  for (let i = 0; i < extra; i += 1)
    sentences.push(rng.chance(0.35) ? distractor(rng, pools) : filler(rng, pools));
  // Shuffle so claims are not all at the top (Fisher-Yates on the seeded stream).
  for (let i = sentences.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [sentences[i], sentences[j]] = [sentences[j] as string, sentences[i] as string];
  }
  const out: string[] = [];
  for (let i = 0; i < sentences.length;) {
    const size = rng.int(1, 3);
    out.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  return { paragraphs: out, claims };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An article file named `<prefix>_<hex>.<ext>`, dated `day`. */
export function article(rng: Rng, pools: Pools, prefix: string, day: Date): SynthFile {
  const title = headline(rng, pools);
  const outlet = rng.pick(pools.outlets);
  const body = paragraphs(rng, pools, rng.int(4, 6));
  const name = `${prefix}_${hex(rng, 16)}`;
  const roll = rng.next();
  if (roll < 0.45) {
    const content = ` date ${isoDay(day)} ${title}\n\n${body.paragraphs.join('\n\n')}\n`;
    return { name: `${name}.txt`, content, claims: body.claims };
  }
  if (roll < 0.75) {
    const url = `https://news.example/${slug(outlet)}/${isoDay(day)}/${slug(title)}`;
    const front = [`title: "${title}"`, `outlet: "${outlet}"`, `url: "${url}"`, `date: ${isoDay(day)}`];
    const content = `---\n${front.join('\n')}\n---\n\n${body.paragraphs.join('\n\n')}\n`;
    return { name: `${name}.md`, content, claims: body.claims };
  }
  if (roll < 0.9) {
    const lines = body.paragraphs.map((text) => `    <p>${escapeHtml(text)}</p>`).join('\n');
    const content = [
      '<!doctype html>',
      '<html lang="en">',
      `  <head><title>${escapeHtml(title)}</title><meta name="date" content="${isoDay(day)}"></head>`,
      '  <body>',
      `    <h1>${escapeHtml(title)}</h1>`,
      `    <p class="byline">${escapeHtml(outlet)} \u2013 <time datetime="${isoDay(day)}">${isoDay(day)}</time></p>`,
      lines,
      '  </body>',
      '</html>',
      '',
    ].join('\n');
    return { name: `${name}.html`, content, claims: body.claims };
  }
  // Wire copy with no date at all: the pipeline has to infer it or say it could not.
  const [first = '', ...rest] = body.paragraphs;
  const content = `${title}\n\n(${outlet}) \u2013 ${first}\n\n${rest.join('\n\n')}\n`;
  return { name: `${name}.txt`, content, claims: body.claims };
}
