// No IndexedDB here (jsdom has none, and this file installs no fake): a private window or blocked storage.
import { QueryClientProvider } from '@tanstack/react-query';
import { DatasetProvider } from '../../../src/data/dataset-provider';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../src/app/query-client';
import { composeLoaded } from '../../../src/data/local/compose';
import { addToDataset } from '../../../src/data/local/local-actions';
import { clearAdded, clearOpened, readStored } from '../../../src/data/local/local-store';
import { datasetQuery, type LoadedDataset } from '../../../src/data/queries';
import { AddArticles } from '../../../src/features/add-articles/add-articles-button';
import { IDS, miniBodies, miniPart } from '../../fixtures/mini-dataset';

// The worker does not run in jsdom: the ingest is stubbed, but its result goes through the real join and storage.
const runAdd = vi.hoisted(() => vi.fn());
vi.mock('../../../src/data/local/run-add', () => ({ runAdd, prepareAdd: vi.fn() }));

const BASE = miniPart([IDS.reuters, IDS.ap, IDS.live], {
  files: [],
  summary: { read: 0, ok: 0, warning: 0, rejected: 0 },
});
const RESULT = miniPart([IDS.kyiv], {
  files: [{ file: 'kyiv.txt', status: 'ok', messages: [], articleId: IDS.kyiv }],
  summary: { read: 1, ok: 1, warning: 0, rejected: 0 },
});
const base = { source: { kind: 'bundled' } as const, dataset: BASE, skipped: [], bodies: [] };
const SLOW = { timeout: 10_000 };
const NOT_KEPT = /They will not be kept after a reload/;

function renderDialog() {
  const client = createQueryClient();
  client.setQueryData(datasetQuery().queryKey, composeLoaded(base, null));
  render(
    <QueryClientProvider client={client}>
      <DatasetProvider>
        <AddArticles />
      </DatasetProvider>
    </QueryClientProvider>,
  );
  const shown = () => client.getQueryData<LoadedDataset>(datasetQuery().queryKey)!;
  return { client, shown };
}

async function addKyiv() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Add articles' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add articles' }, SLOW);
  await user.upload(
    within(dialog).getByLabelText('Choose files'),
    new File(['Troops gathered.'], 'kyiv.txt'),
  );
  const report = await within(dialog).findByRole('region', { name: 'Report' }, SLOW);
  return {
    user,
    dialog,
    report,
    panel: within(dialog).getByRole('region', { name: 'Data in this browser' }),
  };
}

beforeEach(async () => {
  runAdd.mockReset();
  runAdd.mockImplementation(async (client) => {
    await addToDataset(client, { dataset: RESULT, bodies: [miniBodies[IDS.kyiv]!] });
    return RESULT;
  });
  await clearAdded();
  await clearOpened();
});
afterEach(() => vi.unstubAllGlobals());

describe('adding articles where the browser stores nothing', () => {
  it('without IndexedDB, adds them for this page and says plainly that a reload loses them', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    const { shown } = renderDialog();
    const { user, report, panel } = await addKyiv();
    expect(report).toHaveTextContent('Added 1 article with');
    expect(report).toHaveTextContent(NOT_KEPT);
    expect(within(panel).queryByRole('alert')).toBeNull();
    expect(panel).toHaveTextContent('Showing the bundled data: 4 articles, 1 of them added here');
    expect(panel).toHaveTextContent('Not kept after a reload');
    expect(shown().index.articles.has(IDS.kyiv)).toBe(true);
    expect(shown().local.bodies.get(IDS.kyiv)?.text).toBe(miniBodies[IDS.kyiv]!.text);
    // The next load in this page (going back to the bundled data refetches) still has them.
    const stored = await readStored();
    expect(stored.added?.content.dataset.articles.map((a) => a.id)).toEqual([IDS.kyiv]);
    expect(stored.sessionOnly).toBe(true);

    // Removing them works too, and the warning goes with them.
    await user.click(within(panel).getByRole('button', { name: 'Remove added articles' }));
    await user.click(within(panel).getByRole('button', { name: 'Remove them' }));
    await waitFor(() => expect(shown().dataset.articles).toHaveLength(3), SLOW);
    expect(shown().local.sessionOnly).toBe(false);
    expect(panel).not.toHaveTextContent('Not kept after a reload');
    expect(await readStored()).toMatchObject({ added: null, sessionOnly: false });
  });

  it('with an IndexedDB that throws (storage blocked), does the same instead of failing', async () => {
    const open = vi.fn(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.stubGlobal('indexedDB', { open });
    const { shown } = renderDialog();
    const { report, panel } = await addKyiv();
    expect(open).toHaveBeenCalled();
    expect(report).toHaveTextContent(NOT_KEPT);
    expect(panel).toHaveTextContent('Not kept after a reload');
    expect(within(panel).queryByRole('alert')).toBeNull();
    expect(shown().dataset.articles).toHaveLength(4);
    expect(shown().local.sessionOnly).toBe(true);
  });
});
