import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LayoutSkeleton } from '../../src/app/shell/layout-skeleton';
import { reportProgress } from '../../src/data/load-progress';

describe('LayoutSkeleton', () => {
  afterEach(() => vi.useRealTimers());

  it('says how far the load has got: bytes of the size, then checking, then preparing', () => {
    vi.useFakeTimers();
    reportProgress({ stage: 'download', loaded: 0, total: null });
    render(<LayoutSkeleton />);
    const line = screen.getByRole('status');
    expect(line).toHaveTextContent('Loading the dataset…');
    act(() => {
      vi.advanceTimersByTime(200);
      reportProgress({ stage: 'download', loaded: 2_400_000, total: 9_600_000 });
    });
    expect(line).toHaveTextContent('Loading the dataset: 2.4 MB of 9.6 MB');
    expect(screen.getByRole('progressbar', { name: 'Dataset loading' })).toHaveAttribute('value', '2400000');
    act(() => reportProgress({ stage: 'check' }));
    expect(line).toHaveTextContent('Checking the data…');
    act(() => reportProgress({ stage: 'index' }));
    expect(line).toHaveTextContent('Preparing the views…');
  });
});
