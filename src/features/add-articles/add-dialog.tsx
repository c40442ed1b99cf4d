/**
 * The "Add articles" dialog (loaded on first use): choose or drop files, or paste text; the ingest runs in a Web
 * Worker with a progress bar, then the per-file report shows and the articles join every view. Not modal: the
 * dashboard stays usable while the work runs, and closing the dialog does not stop it.
 */
import { useEffect, useId, useRef } from 'react';
import { useDataset } from '../../data/hooks';
import { ACCEPTED_TYPES } from '../../data/local/add-input';
import { AddProgressBar, progressText } from './add-progress';
import { DataPanel } from './data-panel';
import { FileReport } from './file-report';
import { PasteForm } from './paste-form';
import { filesToInputs, useAddJob } from './use-add-job';

/** Props: whether it shows, files dropped on the page for it to take, and where to say it is busy. */
export interface AddDialogProps {
  id: string;
  open: boolean;
  onClose: () => void;
  dropped: File[] | null;
  onDroppedTaken: () => void;
  onBusy: (text: string | null) => void;
}

/** The dialog. */
export default function AddDialog({ id, open, onClose, dropped, onDroppedTaken, onBusy }: AddDialogProps) {
  const { state, start, cancel } = useAddJob();
  const { local } = useDataset();
  const titleId = useId();
  const running = state.status === 'running';
  const box = useRef<HTMLDivElement>(null);
  // The reference tables and gazetteer take seconds to load: start as the dialog first opens, not on "Add".
  useEffect(() => void import('../../data/local/run-add').then((m) => m.prepareAdd()), []);
  // Opening moves focus into the dialog, so the keyboard starts where the new content is.
  useEffect(() => {
    if (open) box.current?.focus();
  }, [open]);

  useEffect(() => {
    if (!dropped || running) return;
    onDroppedTaken();
    void filesToInputs(dropped).then(start);
  }, [dropped, running, onDroppedTaken, start]);
  useEffect(
    () => onBusy(running ? `Adding articles: ${progressText(state.progress)}` : null),
    [running, state, onBusy],
  );

  return (
    <div
      id={id}
      ref={box}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      className="add-dialog"
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="add-dialog__head">
        <h2 id={titleId}>Add articles</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="add-dialog__intro">
        Your files are read here, in this browser; nothing is sent anywhere. Text, Markdown, saved web pages,
        PDF and Word files work, as with <code>npm run ingest</code>.
      </p>
      <label className="file-button">
        Choose files
        <input
          type="file"
          multiple
          accept={ACCEPTED_TYPES}
          className="visually-hidden"
          disabled={running}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void filesToInputs(files).then(start);
          }}
        />
      </label>{' '}
      <span className="add-dialog__hint">or drop files anywhere on the page.</span>
      <PasteForm disabled={running} onAdd={(input) => void start([input])} />
      {state.status === 'running' && (
        <div className="add-dialog__running">
          <AddProgressBar progress={state.progress} files={state.files} />
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      {state.status === 'failed' && (
        <p role="alert" className="add-dialog__problems">
          The articles could not be added: {state.message}
        </p>
      )}
      {state.status === 'done' && <FileReport result={state.result} sessionOnly={local.sessionOnly} />}
      <DataPanel />
    </div>
  );
}
