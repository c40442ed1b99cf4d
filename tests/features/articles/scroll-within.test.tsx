import { afterEach, describe, expect, it, vi } from 'vitest';
import { centreInPanel } from '../../../src/features/articles/scroll-within';

/** A panel 300 px tall holding 2,000 px of content, scrolled to `scrollTop`, with a target at `y` (content px). */
function layout(options: { scrollTop: number; y: number; height: number; inset?: string }) {
  document.body.innerHTML = '<main><div class="panel"><p><mark>quote</mark></p></div></main>';
  const panel = document.querySelector<HTMLElement>('.panel')!;
  const target = document.querySelector<HTMLElement>('mark')!;
  panel.style.overflowY = 'auto';
  if (options.inset) panel.style.scrollPaddingTop = options.inset;
  Object.defineProperty(panel, 'clientHeight', { value: 300 });
  Object.defineProperty(panel, 'scrollHeight', { value: 2000 });
  panel.scrollTop = options.scrollTop;
  const frameTop = 100;
  vi.spyOn(panel, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, frameTop, 400, 300));
  vi.spyOn(target, 'getBoundingClientRect').mockReturnValue(
    new DOMRect(0, frameTop + options.y - options.scrollTop, 400, options.height),
  );
  const main = document.querySelector('main')!;
  main.scrollTop = 0;
  return { panel, target, main };
}

afterEach(() => vi.restoreAllMocks());

describe('centreInPanel', () => {
  it('centres the target in its scrolling panel', () => {
    const { panel, target } = layout({ scrollTop: 0, y: 1000, height: 40 });
    centreInPanel(target);
    expect(panel.scrollTop).toBe(1000 - (300 - 40) / 2);
  });

  it('measures from where the panel is already scrolled', () => {
    const { panel, target } = layout({ scrollTop: 600, y: 1000, height: 40 });
    centreInPanel(target);
    expect(panel.scrollTop).toBe(870);
  });

  it('keeps a tall target below the sticky inset', () => {
    const { panel, target } = layout({ scrollTop: 0, y: 1000, height: 500, inset: '48px' });
    centreInPanel(target);
    expect(panel.scrollTop).toBe(1000 - 48);
  });

  it('never scrolls above the top', () => {
    const { panel, target } = layout({ scrollTop: 0, y: 20, height: 40 });
    centreInPanel(target);
    expect(panel.scrollTop).toBe(0);
  });

  it('does nothing without a scrolling ancestor', () => {
    document.body.innerHTML = '<div><mark>quote</mark></div>';
    const target = document.querySelector<HTMLElement>('mark')!;
    expect(() => centreInPanel(target)).not.toThrow();
  });
});
