/** Finds elements that stick out of the viewport sideways without an ancestor that clips or scrolls them. */
import type { Page } from 'playwright-core';

/** The page's scroll width, the viewport width and up to ten elements that overflow it. */
export function horizontalOverflow(
  page: Page,
): Promise<{ scrollWidth: number; viewport: number; outside: string[] }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const inside = (rect: DOMRect) => rect.left >= -1 && rect.right <= viewport + 1;
    const clippedByAncestor = (element: Element) => {
      for (
        let parent = element.parentElement;
        parent && parent !== document.body;
        parent = parent.parentElement
      ) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' && inside(parent.getBoundingClientRect())) return true;
      }
      return false;
    };
    const describe = (element: Element) => {
      const rect = element.getBoundingClientRect();
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
      const classes =
        typeof element.className === 'string' ? element.className.split(' ').slice(0, 2).join('.') : '';
      return `<${element.tagName.toLowerCase()}${classes ? '.' + classes : ''}> "${name}" ${Math.round(rect.left)}..${Math.round(rect.right)}`;
    };
    const outside: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      // Visually hidden helpers (1px boxes) and collapsed elements cannot be cut off.
      if (rect.width <= 1 || rect.height <= 1 || inside(rect)) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (!clippedByAncestor(element)) outside.push(describe(element));
    }
    return { scrollWidth: document.documentElement.scrollWidth, viewport, outside: outside.slice(0, 10) };
  });
}

/** SVG labels cut off by their own `<svg>` box (an SVG clips by default): up to ten, described. */
export function clippedSvgText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const text of document.querySelectorAll('svg text')) {
      const svg = text.closest('svg');
      const rect = text.getBoundingClientRect();
      if (!svg || rect.width === 0 || getComputedStyle(svg).overflow === 'visible') continue;
      if (getComputedStyle(text).visibility === 'hidden') continue;
      const box = svg.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const outside =
        rect.left < box.left - 1 ||
        rect.right > box.right + 1 ||
        rect.top < box.top - 1 ||
        rect.bottom > box.bottom + 1;
      if (outside)
        cut.push(`"${text.textContent?.trim().slice(0, 30)}" in svg.${svg.getAttribute('class') ?? ''}`);
    }
    return cut.slice(0, 10);
  });
}
