import { memo } from 'react';
import { OTHER_COLOR, type ClaimantEntry } from '../../domain/claimant-colors';
import { Disclosure } from './disclosure';

/** Props: the claimant series currently drawn. */
export interface ChartLegendProps {
  entries: readonly ClaimantEntry[];
}

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg className="chart-legend__swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      {children}
    </svg>
  );
}

/**
 * Claimant colours, above the plot. Only claimants with a colour of their own are listed; the many that share the grey are one entry whose names open on demand, so a
 * dataset with 70 claimants does not push the plot out of view.
 */
export const ChartLegend = memo(function ChartLegend({ entries }: ChartLegendProps) {
  const own = entries.filter((entry) => entry.color !== OTHER_COLOR);
  const shared = entries.filter((entry) => entry.color === OTHER_COLOR);
  return (
    <div className="chart-legend">
      <ul aria-label="Claimants" className="chart-legend__list">
        {own.map((entry) => (
          <li key={entry.key}>
            <Swatch>
              <circle cx="9" cy="9" r="6" fill={entry.color} />
            </Swatch>
            {entry.label}
          </li>
        ))}
        {shared.length > 0 && (
          <li key="shared">
            <Swatch>
              <circle cx="9" cy="9" r="6" fill={OTHER_COLOR} />
            </Swatch>
            <Disclosure label={`${shared.length} more claimants`}>
              <ul aria-label="More claimants" className="chart-legend__more">
                {shared.map((entry) => (
                  <li key={entry.key}>{entry.label}</li>
                ))}
              </ul>
            </Disclosure>
          </li>
        )}
      </ul>
    </div>
  );
});

/** How estimates, forecasts, ranges, vague amounts and events are drawn; under the plot, so it never pushes it down. */
export function SymbolLegend() {
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
          Vague amount (interpreted range)
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
