/**
 * How far the dataset load has got, for the loading screen: bytes while downloading, then the checking and indexing
 * stages. A tiny external store (the query result only exists once everything is done).
 */

/** One moment of the load. */
export type LoadProgress =
  | { stage: 'download'; loaded: number; total: number | null }
  | { stage: 'check' }
  | { stage: 'index' };

let current: LoadProgress = { stage: 'download', loaded: 0, total: null };
const listeners = new Set<() => void>();
let toldAt = -Infinity;

/** How often the byte count may re-render the loading screen: a large download arrives in hundreds of chunks. */
const BYTES_EVERY_MS = 100;

/**
 * Records the load's progress and tells the loading screen: at once for a new stage, at most every 100 ms for
 * more bytes of the same download.
 */
export function reportProgress(next: LoadProgress): void {
  const sameDownload = next.stage === 'download' && current.stage === 'download' && next.loaded > 0;
  current = next;
  const now = Date.now();
  if (sameDownload && now - toldAt < BYTES_EVERY_MS) return;
  toldAt = now;
  for (const listener of listeners) listener();
}

/** The latest progress (for useSyncExternalStore). */
export function loadProgress(): LoadProgress {
  return current;
}

/** Subscribes to progress changes (for useSyncExternalStore). */
export function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Longest wait for a frame: a page hidden mid-wait paints none, and its load must go on. */
const FRAME_WAIT_MS = 1000;

/**
 * Lets the browser paint the latest stage before a long synchronous step. A bare timer is not enough: it often
 * fires before the next frame, and the step then blocks the frame that would have shown the stage. So this waits
 * for a frame (its callback runs just before the paint) and resumes in a task after it: at most one frame's wait.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      setTimeout(resolve, 0);
      return;
    }
    const fallback = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
