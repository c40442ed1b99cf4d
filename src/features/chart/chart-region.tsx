import type { ReactNode } from 'react';

/**
 * The "Troop numbers" region. Kept apart from the lazily loaded chart so the region is one element from first
 * paint on: its content changes when Recharts arrives, the landmark does not.
 */
export function ChartRegion({ children }: { children: ReactNode }) {
  return (
    <section aria-label="Troop numbers" className="pane troop-chart">
      {children}
    </section>
  );
}
