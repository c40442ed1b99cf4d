/**
 * A linear pre-pass that bounds how deeply HTML elements nest before the real parser sees the page. The
 * parser keeps its open elements in an array it grows at the front and searches on every closing tag, so
 * thousands of unclosed elements with stray closing tags cost time quadratic in the page (700 KB, 11 s).
 * No real page nests anywhere near MAX_DEPTH; beyond it, opening tags are dropped (their text is kept), and
 * closing tags that close nothing open are dropped too (the parser ignores them anyway).
 */

/** Deeper than any real page; below this the parser's per-tag cost stays small. */
export const MAX_DEPTH = 256;

const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
/** Elements whose content is raw text: a "<" inside them is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noembed', 'noframes']);
/** Opening tags that close an open `<p>` (a subset of the parser's rules, so our stack is never shallower). */
const CLOSES_P = new Set(
  'address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul'.split(
    ' ',
  ),
);
/** Opening tags that close an open element of the same family ("<li>" after "<li>"). */
const SIBLINGS: Record<string, string[]> = {
  li: ['li'],
  option: ['option'],
  dd: ['dd', 'dt'],
  dt: ['dd', 'dt'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['th'],
};
const NAME = /^<(\/?)([a-zA-Z][^\s/>]*)/;

/** The page with nesting bounded to MAX_DEPTH open elements; linear in its length. */
export function boundNesting(html: string): string {
  const lower = html.toLowerCase();
  const stack: string[] = [];
  const out: string[] = [];
  let copied = 0;
  const drop = (from: number, to: number) => {
    out.push(html.slice(copied, from), ' ');
    copied = to;
  };
  let gt = -1;
  for (let i = html.indexOf('<'); i >= 0 && i < html.length; i = html.indexOf('<', i + 1)) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = end + 2;
      continue;
    }
    if (gt < i) gt = html.indexOf('>', i);
    if (gt < 0) break;
    const tag = NAME.exec(html.slice(i, gt + 1));
    if (!tag) continue;
    const name = tag[2]!.toLowerCase();
    if (tag[1]) {
      const open = stack.lastIndexOf(name);
      if (open >= 0) stack.length = open;
      else if (!VOID.has(name) && name !== 'p') drop(i, gt + 1);
      i = gt;
      continue;
    }
    if (VOID.has(name) || html.charAt(gt - 1) === '/') {
      i = gt;
      continue;
    }
    const top = stack.at(-1);
    if ((top === 'p' && CLOSES_P.has(name)) || (top && SIBLINGS[name]?.includes(top))) stack.pop();
    if (stack.length >= MAX_DEPTH) {
      drop(i, gt + 1);
      i = gt;
      continue;
    }
    stack.push(name);
    i = gt;
    if (RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, gt);
      if (close < 0) break;
      i = close - 1;
    }
  }
  out.push(html.slice(copied));
  return out.join('');
}
