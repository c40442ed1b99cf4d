/**
 * The header's "Add articles" button and the page-wide drop target. Only this is in the initial bundle: the
 * dialog, the ingest worker and the storage code load on first use. The dialog stays mounted once opened, so work
 * goes on while it is closed and the dashboard stays usable.
 */
import './add-articles.css';
import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { useFileDrop } from './use-file-drop';

const AddDialog = lazy(() => import('./add-dialog'));

/** The button, its dialog (once used) and the drop cue. */
export function AddArticles() {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const [dropped, setDropped] = useState<File[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const onDrop = useCallback((files: File[]) => {
    setDropped(files);
    setUsed(true);
    setOpen(true);
  }, []);
  const dragging = useFileDrop(onDrop);
  return (
    <div className="add-articles">
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={used ? id : undefined}
        onClick={() => {
          setUsed(true);
          setOpen(!open);
        }}
      >
        Add articles
      </button>
      {busy && !open && (
        <span className="add-articles__busy" role="status">
          {busy}
        </span>
      )}
      {dragging && (
        <div className="drop-cue" aria-hidden="true">
          <p>Drop the files to add them</p>
        </div>
      )}
      {used && (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <AddDialog
            id={id}
            open={open}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
            dropped={dropped}
            onDroppedTaken={() => setDropped(null)}
            onBusy={setBusy}
          />
        </Suspense>
      )}
    </div>
  );
}
