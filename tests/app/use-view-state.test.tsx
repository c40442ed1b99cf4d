import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { REPLACE_PAUSE_MS, useViewState, viewLink } from '../../src/app/hooks/use-view-state';
import { DEFAULT_VIEW } from '../../src/url-state/view-state';
import { visit } from './harness';

beforeEach(() => visit(''));

describe('useViewState', () => {
  it('reads the view from the URL, ignoring garbage', () => {
    visit('?from=2022-01-01&actors=russia,<b>&pane=nowhere');
    const { result } = renderHook(() => useViewState());
    expect(result.current[0]).toEqual({ ...DEFAULT_VIEW, from: '2022-01-01', actors: ['russia'] });
  });

  it('pushes selections at once and replaces drags after a pause', () => {
    vi.useFakeTimers();
    try {
      const { result } = renderHook(() => useViewState());
      const start = window.history.length;
      act(() => result.current[1]({ claim: 'c1' }));
      expect(window.location.search).toBe('?claim=c1');
      expect(window.history.length).toBe(start + 1);
      act(() => result.current[1]({ from: '2021-12-01' }, { replace: true }));
      act(() => result.current[1]({ from: '2021-12-02' }, { replace: true }));
      expect(result.current[0]).toMatchObject({ claim: 'c1', from: '2021-12-02' });
      expect(window.location.search).toBe('?claim=c1');
      act(() => vi.advanceTimersByTime(REPLACE_PAUSE_MS));
      expect(window.location.search).toBe('?from=2021-12-02&claim=c1');
      expect(window.history.length).toBe(start + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes a waiting change into its own entry before a push, so Back returns to it', async () => {
    const { result } = renderHook(() => useViewState());
    act(() => result.current[1]({ q: 'ferry' }, { replace: true }));
    act(() => result.current[1]({ claim: 'c9' }));
    expect(window.location.search).toBe('?q=ferry&claim=c9');
    act(() => window.history.back());
    await waitFor(() => expect(result.current[0].claim).toBeNull());
    expect(result.current[0].q).toBe('ferry');
    expect(window.location.search).toBe('?q=ferry');
  });

  it('gives the link of the view as shown, and writes a waiting change when the page is hidden', () => {
    const { result } = renderHook(() => useViewState());
    act(() => result.current[1]({ q: 'convoy' }, { replace: true }));
    expect(viewLink()).toBe(`${window.location.origin}/?q=convoy`);
    act(() => result.current[1]({ q: 'convoys' }, { replace: true }));
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?q=convoys');
  });

  it('drops a waiting change when Back leaves its entry', async () => {
    const { result } = renderHook(() => useViewState());
    act(() => result.current[1]({ claim: 'c1' }));
    act(() => result.current[1]({ q: 'pontoon' }, { replace: true }));
    act(() => window.history.back());
    await waitFor(() => expect(result.current[0].claim).toBeNull());
    expect(result.current[0].q).toBe('');
    act(() => window.history.forward());
    await waitFor(() => expect(result.current[0].claim).toBe('c1'));
    expect(result.current[0].q).toBe('');
  });

  it('adds no history entry when nothing changes', () => {
    visit('?claim=c1');
    const { result } = renderHook(() => useViewState());
    const start = window.history.length;
    act(() => result.current[1]({ claim: 'c1', chart: 'chart' }));
    expect(window.history.length).toBe(start);
  });

  it('follows Back and Forward', async () => {
    const { result } = renderHook(() => useViewState());
    act(() => result.current[1]({ claim: 'c1' }));
    act(() => result.current[1]({ claim: 'c2' }));
    act(() => window.history.back());
    await waitFor(() => expect(result.current[0].claim).toBe('c1'));
    act(() => window.history.back());
    await waitFor(() => expect(result.current[0].claim).toBeNull());
    act(() => window.history.forward());
    await waitFor(() => expect(result.current[0].claim).toBe('c1'));
  });

  it('keeps the same view object while the URL stays the same', () => {
    visit('?actors=russia');
    const { result, rerender } = renderHook(() => useViewState());
    const first = result.current[0];
    rerender();
    expect(result.current[0]).toBe(first);
  });

  it('keeps a list whose ids did not change when another part of the URL does', () => {
    visit('?actors=russia,belarus&q=bri');
    const { result, rerender } = renderHook(() => useViewState());
    const first = result.current[0];
    act(() => result.current[1]({ q: 'brid' }, { replace: true }));
    rerender();
    expect(result.current[0].q).toBe('brid');
    expect(result.current[0].actors).toBe(first.actors);
    act(() => result.current[1]({ actors: ['russia'] }));
    rerender();
    expect(result.current[0].actors).toEqual(['russia']);
    expect(result.current[0].actors).not.toBe(first.actors);
  });
});
