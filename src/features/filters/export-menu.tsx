/** "Export": a disclosure offering the matching claims as CSV or JSON. */
import { useId, useState } from 'react';

/** A file format the export offers. */
export type ExportFormat = 'csv' | 'json';

/** Props: how many claims would be exported, and what to do for a format. */
export interface ExportMenuProps {
  count: number;
  onExport: (format: ExportFormat) => void;
}

/** The button and, while open, one button per format. */
export function ExportMenu({ count, onExport }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const choose = (format: ExportFormat) => {
    onExport(format);
    setOpen(false);
  };
  return (
    <div className="export-menu" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      {open && (
        <div id={id} className="export-menu__panel">
          <p className="export-menu__note">The {count.toLocaleString('en-US')} matching claims as</p>
          <button type="button" onClick={() => choose('csv')} disabled={count === 0}>
            Download CSV
          </button>
          <button type="button" onClick={() => choose('json')} disabled={count === 0}>
            Download JSON
          </button>
        </div>
      )}
    </div>
  );
}
