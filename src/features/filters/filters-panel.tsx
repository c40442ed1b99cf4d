/** The "Filters" group: date range, actor / claimant / place pickers, counts, reset, copy link and export. */
import { memo, useId, useMemo, useState } from 'react';
import { CopyLink } from './copy-link';
import { DateField } from './date-field';
import { ExportMenu, type ExportFormat } from './export-menu';
import { MultiPicker, type PickerOption } from './multi-picker';
import { dateOrderOf } from './typed-date';

/** The filter values the panel shows and edits. */
export interface FilterValues {
  from: string | null;
  to: string | null;
  actors: string[];
  claimants: string[];
  places: string[];
}

/** How many claims, articles and events match. */
export interface MatchCounts {
  claims: number;
  articles: number;
  events: number;
}

/** Props: current values, the choices, the counts, and callbacks. */
export interface FiltersPanelProps {
  values: FilterValues;
  /** Earliest and latest day in the data, for the date inputs' bounds. */
  bounds: { min: string; max: string } | null;
  options: {
    actors: readonly PickerOption[];
    claimants: readonly PickerOption[];
    places: readonly PickerOption[];
  };
  counts: MatchCounts;
  onChange: (patch: Partial<FilterValues>) => void;
  onReset: () => void;
  onExport: (format: ExportFormat) => void;
  /** The link "Copy link" copies: the view's address (the page's by default). */
  currentLink?: () => string;
  /** On a phone: the controls fold behind a "Filters" button that says how many filters are on. */
  collapsible?: boolean;
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

/** Counts as one line: "12 claims · 5 articles · 3 events". */
export function countsText(counts: MatchCounts): string {
  return [
    plural(counts.claims, 'claim'),
    plural(counts.articles, 'article'),
    plural(counts.events, 'event'),
  ].join(' · ');
}

/** How many filters are on: each date bound and each chosen id counts one. */
export function activeCount(values: FilterValues): number {
  return (
    (values.from ? 1 : 0) +
    (values.to ? 1 : 0) +
    values.actors.length +
    values.claimants.length +
    values.places.length
  );
}

/** The panel; a fieldset, so the group is named by its legend ("Filters", folded or not). Memoised: the header
 *  draws again on every search keystroke. */
export const FiltersPanel = memo(function FiltersPanel(props: FiltersPanelProps) {
  const [open, setOpen] = useState(false);
  const controlsId = useId();
  const active = activeCount(props.values);
  const shown = !props.collapsible || open;
  return (
    <fieldset className={props.collapsible ? 'filters filters--collapsible' : 'filters'}>
      <legend className="filters__legend">
        {props.collapsible ? (
          <button
            type="button"
            className="filters__toggle"
            aria-expanded={open}
            aria-controls={open ? controlsId : undefined}
            onClick={() => setOpen(!open)}
          >
            Filters
          </button>
        ) : (
          'Filters'
        )}
      </legend>
      {props.collapsible && active > 0 && <span className="filters__active">{active} active</span>}
      <p className="filters__counts" role="status">
        {countsText(props.counts)}
      </p>
      {shown && <FilterControls id={controlsId} {...props} />}
    </fieldset>
  );
});

function FilterControls({
  id,
  values,
  bounds,
  options,
  counts,
  onChange,
  onReset,
  onExport,
  currentLink,
}: FiltersPanelProps & { id: string }) {
  // The browser's locale decides how a typed 02/03/2022 reads (3 February or 2 March).
  const order = useMemo(() => dateOrderOf(globalThis.navigator?.language), []);
  return (
    <div id={id} className="filters__controls">
      <div className="filters__dates">
        <DateField
          label="From"
          value={values.from}
          min={bounds?.min}
          max={values.to ?? bounds?.max}
          order={order}
          onCommit={(from) => onChange({ from })}
        />
        <DateField
          label="To"
          value={values.to}
          min={values.from ?? bounds?.min}
          max={bounds?.max}
          order={order}
          onCommit={(to) => onChange({ to })}
        />
      </div>
      <MultiPicker
        name="Actors"
        options={options.actors}
        selected={values.actors}
        onChange={(actors) => onChange({ actors })}
      />
      <MultiPicker
        name="Claimants"
        options={options.claimants}
        selected={values.claimants}
        onChange={(claimants) => onChange({ claimants })}
      />
      <MultiPicker
        name="Places"
        options={options.places}
        selected={values.places}
        onChange={(places) => onChange({ places })}
      />
      <div className="filters__actions">
        <button type="button" onClick={onReset} disabled={activeCount(values) === 0}>
          Reset filters
        </button>
        <CopyLink currentLink={currentLink} />
        <ExportMenu count={counts.claims} onExport={onExport} />
      </div>
    </div>
  );
}
