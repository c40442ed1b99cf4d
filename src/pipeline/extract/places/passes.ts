/**
 * Place passes that look across names: possessive borders ("its border with Ukraine") and countries named
 * inside a border phrase or a person's title, reported as places of their own.
 */
import type { NameIndex } from '../entities/name-index';
import type { NameSpan, SpanSet } from '../entities/spans';
import { casesAgree } from '../entities/tokens';
import { possessiveBorders } from './borders';

/** The ISO alpha-3 code of a country named at token k, even inside a longer span ("border with Ukraine"). */
export function countryAt(index: NameIndex, set: SpanSet, k: number): string | null {
  const entries = index.names.get(set.tokens[k]?.norm ?? '') ?? [];
  const written = entries.filter((e) => casesAgree(set.tokens, k, e.rules)).map((e) => e.id);
  const ids = [set.at(k)?.place?.id, ...written];
  const place = ids.map((id) => index.data.places.get(id ?? '')).find((p) => p?.kind === 'country');
  return place?.country ?? null;
}

/** Possessive borders ("Belarus ... its border with Ukraine") replace what the alias table guessed. */
export function bordersPass(index: NameIndex, set: SpanSet): void {
  for (const [from, to, a, b] of possessiveBorders(set.tokens, (k) => countryAt(index, set, k))) {
    const border = index.borders.get([a, b].sort().join('|'));
    if (!border) continue;
    for (let k = from; k < to; k += 1) {
      const span = set.at(k);
      if (span) set.remove(span);
    }
    set.add({ from, to, actor: null, place: { id: border.id } });
  }
}

/** Countries named inside a border or a person's title are places too ("Estonia’s Prime Minister ..."). */
export function nestedCountriesPass(
  index: NameIndex,
  set: SpanSet,
  isPerson: (span: NameSpan) => boolean,
): void {
  for (const span of set.list()) {
    const border = index.data.places.get(span.place?.id ?? '')?.kind === 'border';
    if (!border && !isPerson(span)) continue;
    for (let k = span.from; k < span.to; k += 1) {
      const code = countryAt(index, set, k);
      const country =
        code && [...index.data.places.values()].find((p) => p.kind === 'country' && p.country === code);
      if (country) set.addNested(k, k + 1, country.id);
    }
  }
}
