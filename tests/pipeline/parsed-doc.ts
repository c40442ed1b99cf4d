/** Test helper: a document as the parser hands it over. */
import type { ParsedDoc } from '../../src/pipeline/types';

/** A plain-text article with `text` as its body; `over` sets anything else (id, date, entries...). */
export function parsedDoc(text: string, over: Partial<ParsedDoc> = {}): ParsedDoc {
  const id = over.id ?? 'doc';
  return {
    id,
    file: `${id}.txt`,
    text,
    format: 'text',
    meta: { title: null, outlet: null, url: null, date: null, author: null },
    headerDate: null,
    headerMonth: null,
    title: '',
    outletCue: null,
    kind: (over.entries?.length ?? 0) > 0 ? 'liveblog' : 'article',
    entries: [],
    messages: [],
    ...over,
  };
}
