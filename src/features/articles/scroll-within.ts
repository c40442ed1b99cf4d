/**
 * Scrolling a highlight into view inside its own panel: `scrollIntoView` would also scroll the page (on a phone
 * the filters and tabs slid off the top), so only the nearest scrollable ancestor moves.
 */

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return null;
}

/**
 * Puts `target` in the middle of its scroll container, below a sticky head: the container's `scroll-padding-top`,
 * or the height of a `[data-sticky-inset]` element inside it when that is taller (a reader's head grows with its
 * title). A target taller than the room left starts right below that inset.
 */
export function centreInPanel(target: HTMLElement): void {
  const panel = scrollParent(target);
  if (!panel) return;
  const head = panel.querySelector<HTMLElement>('[data-sticky-inset]');
  const inset = Math.max(
    parseFloat(getComputedStyle(panel).scrollPaddingTop) || 0,
    head ? head.getBoundingClientRect().height : 0,
  );
  const box = target.getBoundingClientRect();
  const frame = panel.getBoundingClientRect();
  const top = box.top - frame.top - panel.clientTop + panel.scrollTop;
  const room = panel.clientHeight - inset;
  panel.scrollTop = Math.max(0, top - inset - Math.max(0, (room - box.height) / 2));
}
