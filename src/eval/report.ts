/**
 * The text `npm run eval` prints: first the reference scorer's lines and figures, word for word, then the
 * accuracy of each field on the matched claims, every miss, false positive and wrong field with its sentence,
 * and last the reference scorer's `SCORE {...}` line.
 */
import { claimantKeys } from './claimant';
import type { Evaluation } from './evaluate';
import type { GoldClaim } from './gold-schema';
import type { MatchedClaim } from './score-claims';
import { goldValueText } from './score-claims';
import type { ScoredActor, ScoredClaim } from './scored-dataset';
import { pyFixed, pyFloat, pyRound } from './text';

/** The reference scorer's figure lines, identical to its output. */
export function figureLines(e: Evaluation): string[] {
  const { claims: c, articles: a } = e;
  const fp = c.falsePositives;
  const ok = (checks: { ok: boolean }[]) => checks.filter((x) => x.ok).length;
  return [
    `articles found ${a.found}/${a.found + a.missing.length}`,
    `claims required ${c.required} matched ${c.matched.length}; predicted ${c.predicted}; false positives ${fp.length} (on hard negatives ${fp.filter((f) => f.onHardNegative).length}); optional matched ${c.optionalMatched}/${c.optional}`,
    `claims precision ${pyFixed(c.precision, 2)} recall ${pyFixed(c.recall, 2)} F1 ${pyFixed(c.f1, 2)}`,
    `claimant correct ${ok(c.matched.map((m) => ({ ok: m.claimant })))}/${c.matched.length}`,
    `dates correct ${ok(a.dates)}/${a.dates.length}; outlets correct ${ok(a.outlets)}/${a.outlets.length}`,
  ];
}

/** The reference scorer's last line, `SCORE {"f1": 0.744, ...}`, formatted as Python's json.dumps does. */
export function scoreLine(e: Evaluation): string {
  const { claims: c, articles: a } = e;
  const count = (checks: { ok: boolean }[]) => `${checks.filter((x) => x.ok).length}/${checks.length}`;
  const fields: [string, string][] = [
    ['f1', pyFloat(pyRound(c.f1, 3))],
    ['precision', pyFloat(pyRound(c.precision, 3))],
    ['recall', pyFloat(pyRound(c.recall, 3))],
    ['claimant', JSON.stringify(count(c.matched.map((m) => ({ ok: m.claimant }))))],
    ['dates', JSON.stringify(count(a.dates))],
    ['outlets', JSON.stringify(count(a.outlets))],
    ['negatives_extracted', String(c.falsePositives.filter((f) => f.onHardNegative).length)],
  ];
  return `SCORE {${fields.map(([k, v]) => `"${k}": ${v}`).join(', ')}}`;
}

/** One line of a text, spaces and line breaks collapsed, in double quotes. */
function quoted(text: string): string {
  return `"${text.replace(/\s+/g, ' ').trim()}"`;
}

function share(ok: number, n: number): string {
  return `${ok}/${n}${n ? ` (${Math.round((100 * ok) / n)}%)` : ''}`;
}

/** `80000-90000 troops` for a prediction. */
function predictedValueText(p: ScoredClaim): string {
  const min = p.valueMin ?? p.valueMax;
  const max = p.valueMax ?? p.valueMin;
  return `${min === max ? String(min) : `${min}-${max}`} ${p.unit ?? '?'}`;
}

function goldText(c: GoldClaim): string {
  return `${goldValueText(c)} ${c.unit}`;
}

/** Accuracy of each field on the matched claims. */
function fieldLines(matched: MatchedClaim[]): string[] {
  const tally = (field: 'claimant' | 'subject' | 'kind' | 'value' | 'hedge') => {
    const known = matched.filter((m) => m[field] !== null);
    return share(known.filter((m) => m[field]).length, known.length);
  };
  return [
    `On the ${matched.length} matched claims:`,
    `  claimant ${tally('claimant')}`,
    `  subject  ${tally('subject')}`,
    `  kind     ${tally('kind')}`,
    `  value    ${tally('value')}`,
    `  hedge    ${tally('hedge')}`,
  ];
}

/** What is wrong with one matched claim, or null when nothing is. */
function wrongFields(m: MatchedClaim, actors: ReadonlyMap<string, ScoredActor>): string | null {
  const { claim: g, predicted: p } = m;
  const name = (id: string | null | undefined) => (id ? (actors.get(id)?.name ?? id) : 'none');
  const wrong: string[] = [];
  if (!m.claimant) {
    const gold = g.alt_claimant ? `${g.claimant} or ${g.alt_claimant}` : String(g.claimant ?? 'none');
    const keys = [...claimantKeys(p.claimantIds, actors)].sort();
    wrong.push(`claimant: gold ${gold}, predicted ${keys.length ? keys.join(' + ') : 'none'}`);
  }
  if (m.subject === false) wrong.push(`subject: gold ${g.subject}, predicted ${name(p.subjectId)}`);
  if (m.kind === false) wrong.push(`kind: gold ${g.kind}, predicted ${p.kind ?? 'none'}`);
  if (!m.value) wrong.push(`value: gold ${goldValueText(g)}, predicted ${predictedValueText(p)}`);
  if (m.hedge === false) wrong.push(`hedge: gold approx ${g.approx}, predicted ${Boolean(p.approx)}`);
  return wrong.length ? wrong.join('; ') : null;
}

/** The whole report, one string per line. */
export function reportLines(e: Evaluation, actors: ReadonlyMap<string, ScoredActor>): string[] {
  const { claims: c, articles: a } = e;
  const lines = [...figureLines(e)];
  if (a.found === 0)
    lines.push(
      'None of the gold articles is in the dataset: gold article <id> is scored against the input file <id>.txt (or .md, .html).',
    );
  lines.push('', ...fieldLines(c.matched));
  lines.push('', `Misses (${e.misses.length}): required gold claims that no predicted claim matched`);
  for (const m of e.misses) {
    const lost = m.articleFound ? '' : '  (its article is not in the dataset)';
    lines.push(`  ${m.article.id}  ${goldText(m.claim)}  claimant ${m.claim.claimant ?? 'none'}${lost}`);
    const anchor = m.claim.anchor ?? m.claim.quote;
    if (anchor) lines.push(`      anchor:   ${quoted(anchor)}`);
    if (m.sentence) lines.push(`      sentence: ${quoted(m.sentence)}`);
  }
  lines.push('', `False positives (${c.falsePositives.length}): predicted claims that match no gold claim`);
  for (const f of c.falsePositives) {
    const flag = f.onHardNegative ? '  (a number the gold lists as not a troop count)' : '';
    lines.push(`  ${f.article.id}  ${predictedValueText(f.predicted)}${flag}`);
    lines.push(`      sentence: ${quoted(f.predicted.quote?.text ?? '')}`);
  }
  const wrong = c.matched.flatMap((m) => {
    const what = wrongFields(m, actors);
    return what ? [`  ${m.article.id}  ${goldText(m.claim)}  ${what}`] : [];
  });
  lines.push('', `Matched claims with a wrong field (${wrong.length})`, ...wrong);
  const wrongDates = a.dates.filter((d) => !d.ok);
  lines.push('', `Dates wrong (${wrongDates.length})`);
  for (const d of wrongDates)
    lines.push(`  ${d.article.id}  gold ${d.gold}, predicted ${d.predicted ?? 'none'}`);
  const wrongOutlets = a.outlets.filter((o) => !o.ok);
  lines.push('', `Outlets wrong (${wrongOutlets.length})`);
  for (const o of wrongOutlets)
    lines.push(`  ${o.article.id}  gold ${o.gold}, predicted ${o.predicted ?? 'none'}`);
  if (a.missing.length)
    lines.push(
      '',
      `Gold articles not in the dataset (${a.missing.length}): ${a.missing.map((g) => g.id).join(', ')}`,
    );
  lines.push('', scoreLine(e));
  return lines;
}
