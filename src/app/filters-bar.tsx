/** Wires the Filters panel to the URL view, the dataset's choices, the match counts and the export. */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useDataset } from '../data/hooks';
import { exportFileName, toCsv, toExportRows, toJson } from '../domain/export';
import { downloadFile } from '../features/filters/download-file';
import type { ExportFormat } from '../features/filters/export-menu';
import { FiltersPanel, type FilterValues } from '../features/filters/filters-panel';
import type { PickerOption } from '../features/filters/multi-picker';
import { PHONE_QUERY, useMediaQuery } from './hooks/use-media-query';
import { useView, useVisible } from './hooks/use-view';
import { viewLink } from './hooks/use-view-state';

const byLabel = (a: PickerOption, b: PickerOption) => a.label.localeCompare(b.label);

/** The Filters group of the header. */
export function FiltersBar() {
  const { index } = useDataset();
  const [view, update] = useView();
  const visible = useVisible();
  const phone = useMediaQuery(PHONE_QUERY);

  const options = useMemo(
    () => ({
      actors: index.dataset.actors.map((a) => ({ id: a.id, label: a.name })).sort(byLabel),
      claimants: index.claimantOptions.map((o) => ({
        id: o.id,
        label: o.name,
        detail: `(${o.count})`,
        member: o.group !== null,
      })),
      places: index.dataset.places.map((p) => ({ id: p.id, label: p.name })).sort(byLabel),
    }),
    [index],
  );

  // The panel is memoised: a keystroke in the search box changes the view but none of these (the URL state keeps
  // unchanged lists), so it is not drawn again.
  const { from, to, actors, claimants, places } = view;
  const values = useMemo<FilterValues>(
    () => ({ from, to, actors, claimants, places }),
    [from, to, actors, claimants, places],
  );
  // The claims to export are read at the click: the callback stays the same while the search narrows them.
  const shown = useRef(visible.claims);
  useEffect(() => {
    shown.current = visible.claims;
  }, [visible.claims]);
  const onExport = useCallback(
    (format: ExportFormat) => {
      const rows = toExportRows(shown.current, index, `${window.location.origin}${window.location.pathname}`);
      const name = exportFileName(values, format);
      if (format === 'csv') downloadFile(name, toCsv(rows), 'text/csv;charset=utf-8');
      else downloadFile(name, toJson(rows), 'application/json');
    },
    [index, values],
  );
  // Equal counts keep one object: a search that reorders the same articles leaves the panel as it is.
  const { claims: claimCount, articles: articleCount, events: eventCount } = visible.counts;
  const counts = useMemo(
    () => ({ claims: claimCount, articles: articleCount, events: eventCount }),
    [claimCount, articleCount, eventCount],
  );
  const onChange = useCallback((patch: Partial<FilterValues>) => update(patch), [update]);
  const onReset = useCallback(
    () => update({ from: null, to: null, actors: [], claimants: [], places: [] }),
    [update],
  );

  return (
    <FiltersPanel
      values={values}
      bounds={index.dayRange}
      options={options}
      counts={counts}
      onChange={onChange}
      onReset={onReset}
      onExport={onExport}
      currentLink={viewLink}
      collapsible={phone}
    />
  );
}
