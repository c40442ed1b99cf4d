import { useLayoutEffect, useState } from 'react';

/**
 * Width in pixels of the element given to the returned callback ref; `fallback` where layout is unavailable
 * (jsdom). A callback ref, so an element that mounts later (table mode back to chart) is measured too.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => setWidth(element.clientWidth || fallback);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, fallback]);
  return [setElement, width] as const;
}
