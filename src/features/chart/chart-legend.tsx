import type { ClaimantEntry } from '../../domain/claimant-colors';

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

/** Claimant colours and how estimates, forecasts, ranges, vague amounts and events are drawn. */
export function ChartLegend({ entries }: ChartLegendProps) {
  return (
    <div className="chart-legend">
      <ul aria-label="Claimants" className="chart-legend__list">
        {entries.map((entry) => (
          <li key={entry.key}>
            <Swatch>
              <circle cx="9" cy="9" r="6" fill={entry.color} />
            </Swatch>
            {entry.label}
          </li>
        ))}
      </ul>
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
            <path d="M9,0V18" stroke="#6b6b6b" strokeWidth="1.5" />
          </Swatch>
          Event (dashed: forecast or scheduled)
        </li>
      </ul>
    </div>
  );
}
