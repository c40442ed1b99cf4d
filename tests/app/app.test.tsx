import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { createQueryClient } from '../../src/app/query-client';
import { miniDataset } from '../fixtures/mini-dataset';
import { miniFiles, stubFetch, visit } from './harness';

// Leaflet and Recharts have their own tests; here the panes only need to exist where the layout puts them.
vi.mock('../../src/app/panes/map-pane', () => ({
  MapPane: () => <section aria-label="Map">map</section>,
  loadMap: async () => ({}),
}));
vi.mock('../../src/app/panes/chart-pane', () => ({
  ChartPane: () => <section aria-label="Troop numbers">chart</section>,
  loadChart: async () => ({}),
}));

const renderApp = () => render(<App client={createQueryClient()} />);
const params = () => new URLSearchParams(window.location.search);

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
  visit('');
});
afterEach(() => vi.unstubAllGlobals());

describe('App', () => {
  it('shows a skeleton, then the three panes and the Filters group', async () => {
    stubFetch(miniFiles());
    renderApp();
    expect(screen.getByText('Loading the dataset…')).toBeInTheDocument();
    const filters = await screen.findByRole('group', { name: 'Filters' });
    expect(within(filters).getByText('10 claims · 5 articles · 3 events')).toBeInTheDocument();
    for (const name of ['Map', 'Troop numbers', 'Articles']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/GeoNames.*CC BY 4\.0/);
  });

  it('opens "About this data" with what a claim, its date and the marks mean', async () => {
    stubFetch(miniFiles());
    renderApp();
    const about = await screen.findByRole('button', { name: 'About this data' });
    expect(about).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(about);
    const panel = screen.getByRole('region', { name: 'About this data' });
    expect(panel).toHaveTextContent('10 claims from 5 articles');
    for (const heading of ['What a claim is', 'What its date means', 'The map', 'The chart', 'Limits']) {
      expect(within(panel).getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    expect(panel).toHaveTextContent('not at a surveyed troop position');
  });

  it('filters from the header, writes the URL and follows Back', async () => {
    stubFetch(miniFiles());
    renderApp();
    const filters = await screen.findByRole('group', { name: 'Filters' });
    const user = userEvent.setup();
    await user.click(within(filters).getByRole('button', { name: 'Claimants' }));
    await user.click(within(filters).getByRole('checkbox', { name: /^Unattributed/ }));
    await user.keyboard('{Escape}');
    expect(params().get('claimants')).toBe('unattributed');
    expect(within(filters).getByText('2 claims · 2 articles · 3 events')).toBeInTheDocument();
    act(() => window.history.back());
    await waitFor(() =>
      expect(within(filters).getByText('10 claims · 5 articles · 3 events')).toBeInTheDocument(),
    );
  });

  it('exports the matching claims as CSV and JSON files', async () => {
    stubFetch(miniFiles());
    visit('?claimants=unattributed');
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'),
        revokeObjectURL: () => {},
      }),
    );
    const names: string[] = [];
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(clicks).toHaveBeenCalledTimes(2);
    expect(names).toEqual([
      'crisis-ledger-claims_claimants-unattributed.csv',
      'crisis-ledger-claims_claimants-unattributed.json',
    ]);
    const [csv, json] = await Promise.all(blobs.map((b) => b.text()));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv!.trim().split('\r\n')).toHaveLength(3);
    expect(csv).toContain('Tens of thousands of troops are already in place');
    expect(csv).toContain(',Unattributed,Unattributed,');
    const rows = JSON.parse(json!) as { claimants: string[]; link: string }[];
    expect(rows.map((row) => row.claimants)).toEqual([['Unattributed'], ['Unattributed']]);
    expect(rows[0]?.link).toMatch(/^http:\/\/localhost(:\d+)?\/\?claim=[a-z0-9]/);
    clicks.mockRestore();
  });

  it('drops unknown ids from a link and still renders', async () => {
    stubFetch(miniFiles());
    visit('?actors=nobody,russia&claim=no-such-claim&from=2022-13-45');
    renderApp();
    const filters = await screen.findByRole('group', { name: 'Filters' });
    expect(within(filters).getByRole('button', { name: 'Actors (1)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Articles' })).toHaveTextContent(
      'Russia masses troops near Ukraine',
    );
  });

  it.each([
    [
      'a newer schema version',
      { ...miniDataset, schemaVersion: 2 },
      /schemaVersion: is 2, this app reads version 1/,
    ],
    ['a missing file', undefined, /was not found \(HTTP 404\)/],
    ['broken JSON', () => new Response('{"schemaVersion": 1, '), /is not valid JSON/],
  ])('explains %s and retries', async (_, served, message) => {
    const fetchMock = stubFetch(served === undefined ? {} : { 'data/dataset.json': served });
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data/dataset.json');
    expect(alert).toHaveTextContent(message);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    const datasetCalls = () =>
      fetchMock.mock.calls.filter(([url]) => String(url).endsWith('data/dataset.json'));
    await waitFor(() => expect(datasetCalls()).toHaveLength(2));
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('shows the good rows of a dataset with bad ones, and says how many were skipped', async () => {
    const files = miniFiles();
    const first = miniDataset.claims[0]!;
    files['data/dataset.json'] = {
      ...miniDataset,
      claims: [
        ...miniDataset.claims,
        { ...first, id: 'bad-value', valueMin: 'lots' },
        { ...first, id: 'Bad,Id' },
      ],
    };
    stubFetch(files);
    renderApp();
    expect(await screen.findByRole('region', { name: 'Skipped data' })).toHaveTextContent('2 claims skipped');
    expect(screen.getByRole('group', { name: 'Filters' })).toHaveTextContent('10 claims');
  });

  it('shows one pane at a time behind tabs on a phone, the pane in the URL', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: true,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    stubFetch(miniFiles());
    renderApp();
    const tabs = within(await screen.findByRole('tablist')).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Map', 'Troop numbers', 'Articles']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('region', { name: 'Map' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Articles' })).toBeNull();
    const user = userEvent.setup();
    await user.click(tabs[2]!);
    expect(params().get('pane')).toBe('articles');
    expect(screen.getByRole('region', { name: 'Articles' })).toBeInTheDocument();
    expect(screen.getByRole('tabpanel', { name: 'Articles' })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(params().get('pane')).toBe('chart');
    expect(screen.getByRole('tab', { name: 'Troop numbers' })).toHaveFocus();
  });
});
