/**
 * "Data in this browser": what is shown (bundled data or an opened file, and the articles added here), with
 * "Download dataset", "Open dataset file", "Remove added articles" (after a confirmation) and "Back to the bundled
 * data".
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataset } from '../../data/hooks';
import { backToBundled, gatherDataset, openDataset, removeAdded } from '../../data/local/local-actions';
import {
  DATASET_FILE_NAME,
  MAX_DATASET_FILE_BYTES,
  parseDatasetFileText,
  toDatasetFile,
} from '../../domain/dataset-file';
import { downloadFile } from '../filters/download-file';

type Status = { kind: 'none' } | { kind: 'info'; text: string } | { kind: 'error'; lines: string[] };

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/** The panel. */
export function DataPanel() {
  const client = useQueryClient();
  const { dataset, local } = useDataset();
  const [status, setStatus] = useState<Status>({ kind: 'none' });
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const added = local.addedIds.size;
  const source = local.base.source;

  const act = async (work: () => Promise<Status>) => {
    setWorking(true);
    try {
      setStatus(await work());
    } catch (error) {
      setStatus({ kind: 'error', lines: [error instanceof Error ? error.message : String(error)] });
    } finally {
      setWorking(false);
    }
  };
  const download = () =>
    act(async () => {
      const content = await gatherDataset(client, (done, total) =>
        setStatus({ kind: 'info', text: `Preparing the file: ${done} of ${total} articles` }),
      );
      downloadFile(DATASET_FILE_NAME, JSON.stringify(toDatasetFile(content)), 'application/json');
      return {
        kind: 'info',
        text: `Saved ${DATASET_FILE_NAME} with ${plural(content.dataset.articles.length, 'article')}.`,
      };
    });
  const open = (file: File) =>
    act(async () => {
      if (file.size > MAX_DATASET_FILE_BYTES)
        return { kind: 'error', lines: [`"${file.name}" cannot be opened: it is larger than 512 MB.`] };
      const parsed = parseDatasetFileText(await file.text());
      if (!parsed.ok)
        return { kind: 'error', lines: [`"${file.name}" cannot be opened:`, ...parsed.problems] };
      await openDataset(client, file.name, parsed.content, parsed.skipped);
      const skipped = parsed.skipped.reduce((n, s) => n + s.count, 0);
      return {
        kind: 'info',
        text: `Opened "${file.name}": ${plural(parsed.content.dataset.articles.length, 'article')}${
          skipped ? ` (${plural(skipped, 'invalid row')} skipped; see the notice above the views)` : ''
        }.`,
      };
    });

  return (
    <section className="data-panel" aria-label="Data in this browser">
      <h3>Data in this browser</h3>
      <p>
        {source.kind === 'file' ? `Showing the file "${source.name}"` : 'Showing the bundled data'}:{' '}
        {plural(dataset.articles.length, 'article')}
        {added > 0 ? `, ${added.toLocaleString('en-US')} of them added here` : ''}. Nothing leaves this
        browser.
      </p>
      {local.sessionOnly && (
        <p className="data-panel__session">
          <strong>Not kept after a reload:</strong> this browser does not let the app store data (a private
          window or blocked storage), so what you add or open here lasts only until this page is reloaded or
          closed. &ldquo;Download dataset&rdquo; saves a copy you can open again.
        </p>
      )}
      <div className="data-panel__actions">
        <button type="button" disabled={working} onClick={() => void download()}>
          Download dataset
        </button>
        <label className="file-button">
          Open dataset file
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            disabled={working}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void open(file);
            }}
          />
        </label>
        {added > 0 && (
          <button
            type="button"
            disabled={working}
            aria-expanded={confirming}
            onClick={() => setConfirming(true)}
          >
            Remove added articles
          </button>
        )}
        {source.kind === 'file' && (
          <button
            type="button"
            disabled={working}
            onClick={() =>
              void act(
                async () => (
                  await backToBundled(client),
                  { kind: 'info', text: 'Showing the bundled data again.' }
                ),
              )
            }
          >
            Back to the bundled data
          </button>
        )}
      </div>
      {confirming && added > 0 && (
        <div className="data-panel__confirm" role="group" aria-label="Confirm removal">
          <p>Remove the {plural(added, 'article')} added in this browser? This cannot be undone.</p>
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              void act(
                async () => (
                  await removeAdded(client),
                  { kind: 'info', text: `Removed ${plural(added, 'added article')}.` }
                ),
              );
            }}
          >
            Remove them
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep them
          </button>
        </div>
      )}
      {status.kind === 'info' && <p role="status">{status.text}</p>}
      {status.kind === 'error' && (
        <div role="alert" className="add-dialog__problems">
          {status.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}
