import { memo } from 'react';
import { OTHER_COLOR, type ClaimantEntry } from '../../domain/claimant-colors';
import { Disclosure } from './disclosure';

/** Props: the claimant series in the filter, which are hidden, and what toggling and highlighting do. */
export interface ChartLegendProps {
  entries: readonly ClaimantEntry[];
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
  /** A series key while its legend item is hovered or focused, then null. */
  onHighlight: (key: string | null) => void;
}

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg className="chart-legend__swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      {children}
    </svg>
  );
}

interface ItemProps extends Omit<ChartLegendProps, 'entries'> {
  entry: ClaimantEntry;
}

/** One claimant: a button that shows or hides its series, and highlights it while pointed at or focused. */
function LegendItem({ entry, hidden, onToggle, onHighlight }: ItemProps) {
  const shown = !hidden.has(entry.key);
  return (
    <li>
      <button
        type="button"
        className="chart-legend__item"
        aria-pressed={shown}
        title={shown ? 'Hide this claimant' : 'Show this claimant'}
        onClick={() => onToggle(entry.key)}
        onMouseEnter={() => shown && onHighlight(entry.key)}
        onMouseLeave={() => onHighlight(null)}
        onFocus={() => shown && onHighlight(entry.key)}
        onBlur={() => onHighlight(null)}
      >
        <Swatch>
          <circle
            cx="9"
            cy="9"
            r="6"
            fill={shown ? entry.color : '#fff'}
            stroke={entry.color}
            strokeWidth="2"
          />
        </Swatch>
        {entry.label}
      </button>
    </li>
  );
}

/**
 * Claimant colours above the plot, each a toggle (pressed: shown). Claimants with a colour of their own are listed;
 * the many that share the grey are one entry whose items open on demand, so 70 claimants do not push the plot away.
 * A joint series ("Joint: United Kingdom and United States") is explained under the plot (`JointNote`).
 */
export const ChartLegend = memo(function ChartLegend({ entries, ...item }: ChartLegendProps) {
  const own = entries.filter((entry) => entry.color !== OTHER_COLOR);
  const shared = entries.filter((entry) => entry.color === OTHER_COLOR);
  return (
    <div className="chart-legend">
      <ul aria-label="Claimants" className="chart-legend__list">
        {own.map((entry) => (
          <LegendItem key={entry.key} entry={entry} {...item} />
        ))}
        {shared.length > 0 && (
          <li key="shared">
            <Swatch>
              <circle cx="9" cy="9" r="6" fill={OTHER_COLOR} />
            </Swatch>
            <Disclosure
              label={`${shared.length} more claimants (grey${
                shared.every((e) => item.hidden.has(e.key)) ? ', hidden' : ''
              })`}
            >
              <ul aria-label="More claimants" className="chart-legend__more">
                {shared.map((entry) => (
                  <LegendItem key={entry.key} entry={entry} {...item} />
                ))}
              </ul>
            </Disclosure>
          </li>
        )}
      </ul>
    </div>
  );
});

/**
 * What a joint series is, under the plot beside the symbol legend (above it, the line would push the plot down);
 * nothing when no series shown is joint.
 */
export function JointNote({ entries }: { entries: readonly ClaimantEntry[] }) {
  if (!entries.some((entry) => entry.groups.length > 1)) return null;
  return (
    <p className="troop-chart__note">
      Joint: claims made together by several claimants, drawn once in a series of their own (not in each
      claimant&rsquo;s); the Claimants filter finds them under each of them.
    </p>
  );
}

/**
 * How estimates, forecasts, ranges, vague amounts, aggregates, lines, axis breaks and events are drawn; under the
 * plot, so it never pushes it down. Items for aggregates and lines show only when the chart draws them.
 */
export function SymbolLegend({ binned, compare }: { binned: boolean; compare: boolean }) {
  return (
    <div className="chart-legend">
      <ul aria-label="Symbols" className="chart-legend__list">
        <li>
          <Swatch>
            <circle cx="9" cy="9" r="6" fill="#555" />
          </Swatch>
          Estimate
        </li>
        <li>
          <Swatch>
            <circle cx="9" cy="9" r="6" fill="#fff" stroke="#555" strokeWidth="2" strokeDasharray="3 2" />
          </Swatch>
          Forecast
        </li>
        <li>
          <Swatch>
            <path d="M5,2h8M9,2V16M5,16h8" stroke="#555" strokeWidth="2" />
          </Swatch>
          Range
        </li>
        <li>
          <Swatch>
            <rect x="4" y="1" width="10" height="16" fill="#555" fillOpacity="0.25" />
          </Swatch>
          Vague amount (interpreted range, no point)
        </li>
        {binned && (
          <li>
            <Swatch>
              <path d="M9,2V16" stroke="#555" strokeWidth="1" />
              <circle cx="9" cy="9" r="5" fill="#555" />
            </Swatch>
            Several claims: median of their numbers, bar from lowest to highest
          </li>
        )}
        {compare && (
          <li>
            <Swatch>
              <path d="M1,12L7,7L17,9" stroke="#555" strokeWidth="2" fill="none" />
            </Swatch>
            Line: a claimant&rsquo;s estimates joined in date order
          </li>
        )}
        <li>
          <Swatch>
            <path d="M5,1V17M13,1V17" stroke="#555" strokeWidth="1.5" strokeDasharray="2 2" />
          </Swatch>
          Axis break: dates without claims left out
        </li>
        <li>
          <Swatch>
            <path d="M9,3l6,6l-6,6l-6,-6z" fill="#444" stroke="#444" strokeWidth="1.5" />
          </Swatch>
          Event (hollow: forecast or scheduled)
        </li>
      </ul>
    </div>
  );
}
