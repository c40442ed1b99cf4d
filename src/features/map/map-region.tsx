import type { ReactNode } from 'react';

/**
 * The "Map" region. Kept apart from the lazily loaded map so the region is one element from first paint on:
 * its content changes when Leaflet arrives, the landmark does not.
 */
export function MapRegion({ children }: { children: ReactNode }) {
  return (
    <section aria-label="Map" className="pane map-view">
      {children}
    </section>
  );
}
