import 'fake-indexeddb/auto';
import { QueryClientProvider } from '@tanstack/react-query';
import { DatasetProvider } from '../../../src/data/dataset-provider';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../src/app/query-client';
import { composeLoaded } from '../../../src/data/local/compose';
import { clearAdded, readStored } from '../../../src/data/local/local-store';
import { datasetQuery, type LoadedDataset } from '../../../src/data/queries';
import { AddArticles } from '../../../src/features/add-articles/add-articles-button';
import { IDS, miniBodies, miniDataset, miniPart } from '../../fixtures/mini-dataset';

// The worker does not run in jsdom: the run is stubbed; what the dialog does with its result is real.
const runAdd = vi.hoisted(() => vi.fn());
vi.mock('../../../src/data/local/run-add', () => ({ runAdd, prepareAdd: vi.fn() }));

const BASE = miniPart([IDS.reuters, IDS.ap, IDS.live], {
  files: [],
  summary: { read: 0, ok: 0, warning: 0, rejected: 0 },
});
const RESULT = miniPart([IDS.kyiv], {
  files: [
    { file: 'kyiv.txt', status: 'ok', messages: [], articleId: IDS.kyiv },
    { file: 'notes.xyz', status: 'rejected', messages: ['is not a supported type'], articleId: null },
  ],
  summary: { read: 2, ok: 1, warning: 0, rejected: 1 },
});

function renderWith(loaded: LoadedDataset) {
  const client = createQueryClient();
  client.setQueryData(datasetQuery().queryKey, loaded);
  render(
    <QueryClientProvider client={client}>
      <DatasetProvider>
        <AddArticles />
      </DatasetProvider>
    </QueryClientProvider>,
  );
  return client;
}

const base = { source: { kind: 'bundled' } as const, dataset: BASE, skipped: [], bodies: [] };
const shown = (client: ReturnType<typeof renderWith>) =>
  client.getQueryData<LoadedDataset>(datasetQuery().queryKey)!.dataset.articles.length;

async function openDialog() {
  // A file picker lets a person pick any file; `accept` only filters the list it shows first.
  const user = userEvent.setup({ applyAccept: false });
  await user.click(screen.getByRole('button', { name: 'Add articles' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Add articles' }, SLOW) };
}

// The dialog is a lazy chunk and the first import is transformed on demand: a busy machine takes seconds.
const SLOW = { timeout: 10_000 };

beforeEach(async () => {
  runAdd.mockReset();
  await clearAdded();
});

describe('the Add articles dialog', () => {
  it('sends chosen files to the ingest and shows the per-file report, rejected files first', async () => {
    runAdd.mockResolvedValue(RESULT);
    renderWith(composeLoaded(base, null));
    const { user, dialog } = await openDialog();
    const input = within(dialog).getByLabelText('Choose files');
    expect(input).toHaveAttribute('accept', expect.stringContaining('.docx'));
    await user.upload(input, [new File(['Troops gathered.'], 'kyiv.txt'), new File(['x'], 'notes.xyz')]);
    const report = await within(dialog).findByRole('region', { name: 'Report' }, SLOW);
    expect(runAdd).toHaveBeenCalledOnce();
    const inputs = runAdd.mock.calls[0]![1] as { kind: string; name: string }[];
    expect(inputs.map((i) => [i.kind, i.name])).toEqual([
      ['file', 'kyiv.txt'],
      ['file', 'notes.xyz'],
    ]);
    expect(report).toHaveTextContent('Files read: 2 (ok 1, warning 0, rejected 1)');
    const rows = within(report).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('rejected notes.xyz: is not a supported type');
    expect(rows[1]).toHaveTextContent('ok kyiv.txt');
  });

  it('shows a drop cue while files are dragged over the page, and adds the dropped files', async () => {
    runAdd.mockResolvedValue(RESULT);
    renderWith(composeLoaded(base, null));
    const drag = (type: string, files: File[] = []) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', {
        value: { types: ['Files'], files, dropEffect: 'none' },
      });
      act(() => void window.dispatchEvent(event));
      return event;
    };
    drag('dragenter');
    expect(screen.getByText('Drop the files to add them')).toBeInTheDocument();
    expect(drag('dragover').defaultPrevented).toBe(true);
    const dropped = drag('drop', [new File(['Troops gathered.'], 'dropped.txt')]);
    // The browser must not open the file in place of the app.
    expect(dropped.defaultPrevented).toBe(true);
    expect(screen.queryByText('Drop the files to add them')).toBeNull();
    const dialog = await screen.findByRole('dialog', { name: 'Add articles' }, SLOW);
    await within(dialog).findByRole('region', { name: 'Report' }, SLOW);
    expect((runAdd.mock.calls[0]![1] as { name: string }[]).map((i) => i.name)).toEqual(['dropped.txt']);
  });

  it('checks the pasted fields before adding, then sends the text with its metadata', async () => {
    runAdd.mockResolvedValue(RESULT);
    renderWith(composeLoaded(base, null));
    const { user, dialog } = await openDialog();
    const add = within(dialog).getByRole('button', { name: 'Add' });
    await user.click(add);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Paste the text of an article first.');
    await user.type(within(dialog).getByLabelText('Paste article text'), 'Some 20,000 troops moved north.');
    const date = within(dialog).getByLabelText(/^Date/);
    await user.type(date, '2022-02-31');
    await user.click(add);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('"2022-02-31" is not a date');
    expect(runAdd).not.toHaveBeenCalled();
    await user.clear(date);
    await user.type(date, '2022-02-11');
    await user.type(within(dialog).getByLabelText(/^Title/), 'Columns move north');
    await user.click(add);
    await within(dialog).findByRole('region', { name: 'Report' }, SLOW);
    expect(runAdd.mock.calls[0]![1]).toEqual([
      expect.objectContaining({
        kind: 'text',
        name: 'pasted-columns-move-north.txt',
        text: 'Some 20,000 troops moved north.',
        title: 'Columns move north',
        date: '2022-02-11',
      }),
    ]);
  });

  it('shows a progress bar with the stage while the ingest runs, and says why a run failed', async () => {
    let fail: (error: Error) => void = () => {};
    runAdd.mockImplementation(
      (_client, _inputs, options: { onProgress: (p: object) => void }) =>
        new Promise((_resolve, reject) => {
          options.onProgress({ stage: 'analysing', done: 1, total: 3 });
          fail = reject;
        }),
    );
    renderWith(composeLoaded(base, null));
    const { user, dialog } = await openDialog();
    await user.upload(within(dialog).getByLabelText('Choose files'), [new File(['a'], 'a.txt')]);
    const bar = await within(dialog).findByRole('progressbar', {}, SLOW);
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', 'Analysing: 1 of 3'), SLOW);
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(within(dialog).getByLabelText('Choose files')).toBeDisabled();
    fail(new Error('the worker did not start'));
    expect(await within(dialog).findByRole('alert', {}, SLOW)).toHaveTextContent('the worker did not start');
  });

  it('removes the added articles only after a confirmation', async () => {
    const client = renderWith(
      composeLoaded(base, { content: { dataset: RESULT, bodies: [miniBodies[IDS.kyiv]!] }, skipped: [] }),
    );
    const { user, dialog } = await openDialog();
    const panel = within(dialog).getByRole('region', { name: 'Data in this browser' });
    expect(panel).toHaveTextContent('Showing the bundled data: 4 articles, 1 of them added here');
    await user.click(within(panel).getByRole('button', { name: 'Remove added articles' }));
    const confirm = within(panel).getByRole('group', { name: 'Confirm removal' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep them' }));
    expect(shown(client)).toBe(4);
    await user.click(within(panel).getByRole('button', { name: 'Remove added articles' }));
    await user.click(within(panel).getByRole('button', { name: 'Remove them' }));
    await waitFor(() => expect(shown(client)).toBe(3), SLOW);
    expect((await readStored()).added).toBeNull();
  });

  it('explains what is wrong with a file that is not a dataset file, and keeps the data shown', async () => {
    const client = renderWith(composeLoaded(base, null));
    const { user, dialog } = await openDialog();
    await user.upload(
      within(dialog).getByLabelText('Open dataset file'),
      new File([JSON.stringify(miniDataset)], 'dataset.json', { type: 'application/json' }),
    );
    const alert = await within(dialog).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('"dataset.json" cannot be opened');
    expect(alert).toHaveTextContent('without its article texts');
    expect(shown(client)).toBe(3);
  });
});
