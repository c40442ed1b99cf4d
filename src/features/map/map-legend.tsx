import { useId, useState } from 'react';
import { OTHER_COLOR, type ClaimantEntry } from '../../domain/claimant-colors';
import { formatCount } from '../../domain/series-labels';
import { RINGS_PER_PLACE, SYMBOL_LIMIT } from './map-caps';
import { legendValues, symbolRadius } from './map-symbols';

/** Props: the claimant series drawn on the map (most claims first) and the largest value in the current filter. */
export interface MapLegendProps {
  entries: readonly ClaimantEntry[];
  maxValue: number;
  /** Symbols the crowded map leaves out (see `capSymbols`); the places list still names them. */
  leftOut?: number;
}

function Dot({ color }: { color: string }) {
  return <span className="map-legend__dot" style={{ background: color }} aria-hidden="true" />;
}

/**
 * The claimants: those with a colour of their own by name; the rest share one grey, behind a button that lists
 * them by the same names as the filter and the chart, so the grey is never a nameless "others".
 */
function ClaimantKey({ entries }: { entries: readonly ClaimantEntry[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const named = entries.filter((e) => e.color !== OTHER_COLOR);
  const others = entries.filter((e) => e.color === OTHER_COLOR);
  const joint = entries.some((e) => e.groups.length > 1);
  return (
    <>
      <ul aria-label="Map claimants" className="map-legend__list">
        {named.map((entry) => (
          <li key={entry.key}>
            <Dot color={entry.color} />
            {entry.label}
          </li>
        ))}
        {others.length > 0 && (
          <li>
            <Dot color={OTHER_COLOR} />
            <button
              type="button"
              className="map-legend__toggle"
              aria-expanded={open}
              aria-controls={id}
              onClick={() => setOpen(!open)}
            >
              {others.length === 1 ? '1 other claimant' : `${others.length} other claimants`} (grey)
            </button>
          </li>
        )}
      </ul>
      {others.length > 0 && (
        <ul
          id={id}
          hidden={!open}
          aria-label="Other claimants (grey)"
          className="map-legend__more"
          // It scrolls when long: a keyboard must be able to reach and scroll it.
          tabIndex={open ? 0 : -1}
        >
          {open && others.map((entry) => <li key={entry.key}>{entry.label}</li>)}
        </ul>
      )}
      {joint && (
        <p className="map-legend__sizes">
          Joint: a claim made together by several claimants, drawn once in a colour of its own; the Claimants
          filter finds it under each of them.
        </p>
      )}
    </>
  );
}

/**
 * A compact key under the map: the size scale beside three short lines (claimant colours, sizes, the other
 * marks and overlays), so the map keeps the pane's height.
 */
export function MapLegend({ entries, maxValue, leftOut = 0 }: MapLegendProps) {
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
        <ClaimantKey entries={entries} />
        {values.length > 0 && (
          <p className="map-legend__sizes">
            Troops reported (area), largest: {formatCount(maxValue)}. Sizes{' '}
            {values.map(formatCount).join(', ')}.
          </p>
        )}
        <p className="map-legend__sizes">
          A symbol sits at the place the text names, not at a surveyed troop position. Several claimants at
          one place sit around it; a dark numbered circle gathers nearby places (click it to zoom in).
          {leftOut > 0 &&
            ` Crowded: ${formatCount(leftOut)} smaller ${leftOut === 1 ? 'symbol is' : 'symbols are'} left out (at most ${RINGS_PER_PLACE} claimants a place, ${SYMBOL_LIMIT} symbols in all); “Places on the map” lists every one.`}
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
