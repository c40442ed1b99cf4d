import { OTHER_COLOR, type ClaimantEntry } from '../../domain/claimant-colors';
import { formatCount } from '../../domain/series-labels';
import { legendValues, symbolRadius } from './map-symbols';

/** Props: the claimant series drawn on the map (most claims first) and the largest value in the current filter. */
export interface MapLegendProps {
  entries: readonly ClaimantEntry[];
  maxValue: number;
}

/** Claimants beyond the palette share one grey: the legend names them once, with how many there are. */
function claimantItems(entries: readonly ClaimantEntry[]): { key: string; label: string; color: string }[] {
  const named = entries.filter((e) => e.color !== OTHER_COLOR);
  const others = entries.length - named.length;
  if (others === 0) return named;
  const label = others === 1 ? '1 other claimant' : `${others} other claimants`;
  return [...named, { key: '(others)', label, color: OTHER_COLOR }];
}

/**
 * A compact key under the map: the size scale beside three short lines (claimant colours, sizes, the other
 * marks and overlays), so the map keeps the pane's height.
 */
export function MapLegend({ entries, maxValue }: MapLegendProps) {
  const values = legendValues(maxValue);
  const size = 2 * symbolRadius(values[0] ?? 0, maxValue) + 4;
  return (
    <div className="map-legend">
      {values.length > 0 && (
        <svg className="map-legend__scale" width={size} height={size} aria-hidden="true">
          {values.map((value) => {
            const r = symbolRadius(value, maxValue);
            return <circle key={value} cx={size / 2} cy={size - 2 - r} r={r} fill="none" stroke="#555" />;
          })}
        </svg>
      )}
      <div className="map-legend__lines">
        <ul aria-label="Map claimants" className="map-legend__list">
          {claimantItems(entries).map((item) => (
            <li key={item.key}>
              <span className="map-legend__dot" style={{ background: item.color }} aria-hidden="true" />
              {item.label}
            </li>
          ))}
        </ul>
        {values.length > 0 && (
          <p className="map-legend__sizes">
            Troops reported (area), largest: {formatCount(maxValue)}. Sizes{' '}
            {values.map(formatCount).join(', ')}.
          </p>
        )}
        <p className="map-legend__sizes">
          A symbol sits at the place the text names, not at a surveyed troop position. Several claimants at
          one place sit around it; a dark numbered circle gathers nearby places (click it to zoom in).
        </p>
        <ul aria-label="Map symbols" className="map-legend__list">
          <li>
            <span className="map-legend__place" aria-hidden="true" /> Place mentioned
          </li>
          <li>
            <span className="map-legend__event" aria-hidden="true" /> Events (larger: more)
          </li>
          <li>
            <span className="map-legend__border" aria-hidden="true" /> Border referred to
          </li>
          <li>
            <span className="map-legend__area map-legend__area--crimea" aria-hidden="true" /> Crimea, annexed
            by Russia in 2014
          </li>
          <li>
            <span className="map-legend__area map-legend__area--donbas" aria-hidden="true" />{' '}
            Russian-controlled Donetsk and Luhansk, 2014 – Feb 2022 (approximate)
          </li>
        </ul>
      </div>
    </div>
  );
}
