/**
 * jsdom has no canvas: Leaflet's canvas renderer needs a 2D context to exist, so tests get one that draws
 * nothing (pixels are for the browser tests; these tests check what the map exposes to people).
 */
import { afterAll, beforeAll } from 'vitest';

/** Installs a no-op 2D context on every canvas for the current test file. */
export function stubCanvas(): void {
  const original = HTMLCanvasElement.prototype.getContext;
  beforeAll(() => {
    const context = new Proxy({} as Record<string | symbol, unknown>, {
      get: (target, key) => (key in target ? target[key] : () => undefined),
      set: (target, key, value) => {
        target[key] = value;
        return true;
      },
    });
    HTMLCanvasElement.prototype.getContext = (() => context) as unknown as typeof original;
  });
  afterAll(() => {
    HTMLCanvasElement.prototype.getContext = original;
  });
}
