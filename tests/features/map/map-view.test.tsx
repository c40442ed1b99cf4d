import { bySources } from '../../../src/domain/event-order';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildClaimantScheme } from '../../../src/domain/claimant-colors';
import type { Claim, CrisisEvent, Place } from '../../../src/domain/schema';
import type { Basemap } from '../../../src/features/map/basemap';
import { MapRegion } from '../../../src/features/map/map-region';
import { PLAY_STEP_MS } from '../../../src/features/map/map-time';
import { MapView, type MapViewProps } from '../../../src/features/map/map-view';
import { PLACES_LIST_LIMIT } from '../../../src/features/map/places-list';
import { miniDataset } from '../../fixtures/mini-dataset';
import { stubCanvas } from './canvas-stub';

stubCanvas();

const scheme = buildClaimantScheme(miniDataset.claims, miniDataset.actors);
const placesById = new Map(miniDataset.places.map((p) => [p.id, p]));
const claimsById = new Map(miniDataset.claims.map((c) => [c.id, c]));

/** A two-country world whose shared border runs north–south at 36°E. */
const basemap: Basemap = {
  countries: { type: 'FeatureCollection', features: [] },
  areas: { type: 'FeatureCollection', features: [] },
  borderLine: (a, b) => ({
    type: 'MultiLineString',
    coordinates:
      [a, b].sort().join() === 'RUS,UKR'
        ? [
            [
              [36, 47],
              [36, 50],
              [36, 52],
            ],
          ]
        : [],
  }),
};

function renderMap(overrides: Partial<MapViewProps> = {}) {
  const onSelectClaim = vi.fn();
  const onViewportChange = vi.fn();
  const props: MapViewProps = {
    claims: miniDataset.claims,
    places: miniDataset.places,
    placesById,
    datasetClaims: miniDataset.claims,
    claimsById,
    events: [...miniDataset.events].sort(bySources),
    scheme,
    selectedClaimId: null,
    onSelectClaim,
    viewport: null,
    onViewportChange,
    basemap,
    ...overrides,
  };
  render(
    <MapRegion>
      <MapView {...props} />
    </MapRegion>,
  );
  return { onSelectClaim, onViewportChange, region: screen.getByRole('region', { name: 'Map' }) };
}

const biden = miniDataset.claims.find((c) => c.valueMin === 130000) as Claim;
const intel = miniDataset.claims.find((c) => c.valueMin === 94000) as Claim;

describe('MapView', () => {
  it('plays the claims through the dates with its time control', () => {
    vi.useFakeTimers();
    try {
      const { region } = renderMap();
      const list = within(region).getByRole('list', { name: 'Places on the map' });
      const all = within(list).getAllByRole('button').length;
      const slider = within(region).getByRole('slider', { name: 'Map date' });
      fireEvent.change(slider, { target: { value: '0' } });
      // The mini dataset's first dated claim is the 94,000 of 28 Nov 2021.
      expect(within(region).getByRole('group', { name: 'Map time' })).toHaveTextContent(
        'Claims reported up to 28 Nov 2021',
      );
      const first = within(list).getAllByRole('button');
      expect(first.length).toBeLessThan(all);
      expect(first.every((b) => /28 Nov 2021/.test(b.textContent ?? ''))).toBe(true);
      fireEvent.click(within(region).getByRole('button', { name: 'Play' }));
      // One step per timer; each step renders before the next is scheduled.
      for (let step = 0; step < 20; step += 1) act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
      expect(within(list).getAllByRole('button')).toHaveLength(all);
      expect(within(region).getByRole('button', { name: 'Play' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists every troop symbol as a button, largest first, named by place and claim', () => {
    const { region } = renderMap();
    const list = within(region).getByRole('list', { name: 'Places on the map' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Belarus: estimated 175,000 troops (forecast), claimed by A US official (United States), 3 Dec 2021 (largest of 2 claims)',
      'Crimea: estimated 175,000 troops (forecast), claimed by A US official (United States), 3 Dec 2021',
      'Ukraine: more than 130,000 troops, claimed by Joe Biden (United States), 11 Feb 2022',
      'Ukraine–Russia border: about 94,000 troops, claimed by US intelligence (United States), 28 Nov 2021',
      'Belarus: about 30,000 troops, claimed by Jens Stoltenberg (Nato), 10 Feb 2022',
    ]);
    expect(region).toHaveTextContent('5 claims have no place or troop number and are not on the map.');
  });

  it('selects the symbol’s claim from the list and marks it as selected', () => {
    const { region, onSelectClaim } = renderMap({ selectedClaimId: biden.id });
    fireEvent.click(within(region).getByRole('button', { name: /^Ukraine–Russia border/ }));
    expect(onSelectClaim).toHaveBeenCalledWith(intel.id);
    expect(within(region).getByRole('button', { name: /^Ukraine: more than 130,000/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('has a legend with claimant colours, a size scale and the overlays, and credits its sources', () => {
    const { region } = renderMap();
    const claimants = within(region).getByRole('list', { name: 'Map claimants' });
    expect(
      within(claimants)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['United States', 'Nato']);
    expect(region).toHaveTextContent(
      'Troops reported (area), largest: 175,000. Sizes 100,000, 25,000, 6,250.',
    );
    const symbols = within(region).getByRole('list', { name: 'Map symbols' });
    expect(symbols).toHaveTextContent(/Crimea, annexed by Russia in 2014/);
    expect(symbols).toHaveTextContent(/Donetsk and Luhansk, 2014 – Feb 2022 \(approximate\)/);
    expect(region).toHaveTextContent('Borders: Natural Earth | Places: GeoNames');
    expect(within(region).getByRole('list', { name: 'Events on the map' })).toHaveTextContent(
      '10 Feb 2022: Russia and Belarus begin joint drills (Belarus)',
    );
  });

  it('offers online tiles as an opt-in, off by default', () => {
    const { region } = renderMap();
    const tiles = within(region).getByRole('checkbox', { name: 'Online map tiles (OpenStreetMap)' });
    expect(tiles).not.toBeChecked();
    fireEvent.click(tiles);
    expect(tiles).toBeChecked();
  });

  it('respects the filters it is given', () => {
    const { region } = renderMap({ claims: [biden] });
    const list = within(region).getByRole('list', { name: 'Places on the map' });
    expect(within(list).getAllByRole('button')).toHaveLength(1);
  });
});

describe('MapView at scale', () => {
  // 80 places with one claim each, and as many events: more than the lists show at first.
  const manyPlaces: Place[] = Array.from({ length: 80 }, (_, i) => ({
    ...(miniDataset.places[0] as Place),
    id: `town-${i}`,
    name: `Town ${i}`,
    kind: 'city',
    lat: 45 + i / 10,
    lon: 25 + i / 10,
  }));
  const manyClaims: Claim[] = manyPlaces.map((place, i) => ({
    ...biden,
    id: `claim-${i}`,
    troopsMin: 1000 + i,
    troopsMax: 1000 + i,
    placeIds: [place.id],
  }));
  const manyEvents: CrisisEvent[] = manyPlaces.map((place, i) => ({
    ...(miniDataset.events[0] as CrisisEvent),
    id: `event-${i}`,
    title: `Event ${i}`,
    placeIds: [place.id],
  }));
  const big = {
    claims: manyClaims,
    places: manyPlaces,
    placesById: new Map(manyPlaces.map((p) => [p.id, p])),
    claimsById: new Map(manyClaims.map((c) => [c.id, c])),
    events: manyEvents,
  };

  it('lists the 50 largest symbols and events, and all of them on request', () => {
    const { region } = renderMap(big);
    const list = within(region).getByRole('list', { name: 'Places on the map' });
    expect(within(list).getAllByRole('button')).toHaveLength(PLACES_LIST_LIMIT);
    expect(within(list).getAllByRole('button')[0]).toHaveTextContent(/^Town 79: /);
    const more = within(region).getByRole('button', { name: 'Show all 80 places' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(more);
    expect(within(list).getAllByRole('button')).toHaveLength(80);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    const events = within(region).getByRole('list', { name: 'Events on the map' });
    expect(within(events).getAllByRole('listitem')).toHaveLength(PLACES_LIST_LIMIT);
    fireEvent.click(within(region).getByRole('button', { name: 'Show all 80 events' }));
    expect(within(events).getAllByRole('listitem')).toHaveLength(80);
  });

  it('lists a selected symbol beyond the first 50 too', () => {
    const { region } = renderMap({ ...big, selectedClaimId: 'claim-3' });
    const list = within(region).getByRole('list', { name: 'Places on the map' });
    expect(within(list).getAllByRole('button')).toHaveLength(PLACES_LIST_LIMIT + 1);
    expect(within(list).getByRole('button', { pressed: true })).toHaveTextContent(/^Town 3: /);
  });

  it('names claimants beyond the palette once in the legend', () => {
    const keyed = buildClaimantScheme(manyClaims, miniDataset.actors);
    const greyed = {
      ...keyed,
      entries: Array.from({ length: 11 }, (_, i) => ({
        key: `k${i}`,
        label: `Claimant ${i}`,
        color: i < 8 ? `#00000${i}` : '#a8a8a8',
        count: 1,
        groups: [`Claimant ${i}`],
      })),
      keyOf: (claim: Claim) => `k${Number(claim.id.split('-')[1]) % 11}`,
    };
    const { region } = renderMap({ ...big, scheme: greyed });
    const claimants = within(region).getByRole('list', { name: 'Map claimants' });
    expect(
      within(claimants)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([...Array.from({ length: 8 }, (_, i) => `Claimant ${i}`), '3 other claimants (grey)']);
  });
});

describe('MapView without its basemap', () => {
  it('still lists the troop symbols and says the borders are missing', () => {
    const { region } = renderMap({ basemap: null, basemapError: 'HTTP 404' });
    expect(within(region).getByRole('status')).toHaveTextContent(
      'Country borders could not be loaded (HTTP 404)',
    );
    expect(within(region).getAllByRole('button', { name: /troops/ }).length).toBeGreaterThan(0);
  });
});
