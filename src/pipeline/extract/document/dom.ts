/**
 * A parsed HTML page as a small DOM (linkedom: pure JavaScript, no network, no script execution, so it runs
 * in Node and in a browser worker alike). The pipeline compiles without the DOM library, so the few members
 * it uses are typed here.
 */
import { parseHTML } from 'linkedom';

/** The element members the page reader uses. */
export interface PageElement {
  tagName: string;
  textContent: string | null;
  outerHTML: string;
  parentElement: PageElement | null;
  children: ArrayLike<PageElement>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  remove(): void;
}

/** The document members the page reader uses. */
export interface PageDocument {
  title: string;
  body: PageElement | null;
  documentElement: PageElement;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

/** Parses an HTML page into a DOM; nothing in it is fetched or run. */
export function parsePage(html: string): PageDocument {
  return parseHTML(html).document as unknown as PageDocument;
}

/** The elements matching `selector`, as an array. */
export function all(root: PageDocument | PageElement, selector: string): PageElement[] {
  return Array.from(root.querySelectorAll(selector));
}
