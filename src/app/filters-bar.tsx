/** Wires the Filters panel to the URL view, the dataset's choices, the match counts and the export. */
import { useMemo } from 'react';
import { useDataset } from '../data/hooks';
import { exportFileName, toCsv, toExportRows, toJson } from '../domain/export';
import { downloadFile } from '../features/filters/download-file';
import type { ExportFormat } from '../features/filters/export-menu';
import { FiltersPanel } from '../features/filters/filters-panel';
import type { PickerOption } from '../features/filters/multi-picker';
import { PHONE_QUERY, useMediaQuery } from './hooks/use-media-query';
import { useView, useVisible } from './hooks/use-view';

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

  const onExport = (format: ExportFormat) => {
    const rows = toExportRows(visible.claims, index, `${window.location.origin}${window.location.pathname}`);
    const name = exportFileName(view, format);
    if (format === 'csv') downloadFile(name, toCsv(rows), 'text/csv;charset=utf-8');
    else downloadFile(name, toJson(rows), 'application/json');
  };

  return (
    <FiltersPanel
      values={view}
      bounds={index.dayRange}
      options={options}
      counts={visible.counts}
      onChange={(patch) => update(patch)}
      onReset={() => update({ from: null, to: null, actors: [], claimants: [], places: [] })}
      onExport={onExport}
      collapsible={phone}
    />
  );
}
