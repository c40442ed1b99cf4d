import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  loadProgress,
  nextPaint,
  reportProgress,
  subscribeProgress,
} from '../../src/data/load-progress';

describe('reportProgress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('re-renders for more bytes at most every 100 ms, and at once for a new stage', () => {
    const told = vi.fn();
    const stop = subscribeProgress(told);
    reportProgress({ stage: 'download', loaded: 0, total: null });
    reportProgress({ stage: 'download', loaded: 10, total: 100 });
    reportProgress({ stage: 'download', loaded: 20, total: 100 });
    expect(told).toHaveBeenCalledTimes(1);
    // The latest count is kept even when nobody was told, so the next render shows it.
    expect(loadProgress()).toEqual({ stage: 'download', loaded: 20, total: 100 });
    vi.advanceTimersByTime(100);
    reportProgress({ stage: 'download', loaded: 30, total: 100 });
    expect(told).toHaveBeenCalledTimes(2);
    reportProgress({ stage: 'check' });
    expect(told).toHaveBeenCalledTimes(3);
    stop();
  });
});

describe('nextPaint', () => {
  let frames: FrameRequestCallback[];
  let visibilityState: string;
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    visibilityState = 'visible';
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('document', {
      get visibilityState() {
        return visibilityState;
      },
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  /** Whether the wait is over, after letting timers run for `ms`. */
  async function resumedAfter(wait: { done: boolean }, ms: number): Promise<boolean> {
    await vi.advanceTimersByTimeAsync(ms);
    return wait.done;
  }
  function start() {
    const wait = { done: false };
    void nextPaint().then(() => (wait.done = true));
    return wait;
  }

  it('resumes in a task after the next frame, not on a bare timer that may come before it', async () => {
    const wait = start();
    expect(await resumedAfter(wait, 100)).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0]!(0);
    // The frame's callback runs before its paint: the work waits for the task after it.
    expect(wait.done).toBe(false);
    expect(await resumedAfter(wait, 0)).toBe(true);
  });

  it('goes on without a frame in a hidden page, and after a second when no frame comes', async () => {
    visibilityState = 'hidden';
    const hidden = start();
    expect(await resumedAfter(hidden, 0)).toBe(true);
    expect(frames).toHaveLength(0);

    visibilityState = 'visible';
    const stalled = start();
    expect(await resumedAfter(stalled, 999)).toBe(false);
    expect(await resumedAfter(stalled, 1)).toBe(true);
  });
});
