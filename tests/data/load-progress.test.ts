import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadProgress, reportProgress, subscribeProgress } from '../../src/data/load-progress';

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
