import { render } from '@testing-library/react';
import type { Map as LeafletMap } from 'leaflet';
import { createRef } from 'react';
import { MapContainer } from 'react-leaflet';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MapViewportSync, type MapViewportSyncProps } from '../../../src/features/map/map-viewport';
import type { MapViewport } from '../../../src/url-state/view-state';

// jsdom lays nothing out: give every element the size of a desktop map so Leaflet has a screen to reason about.
const sizes = ['clientWidth', 'clientHeight'] as const;
const originals = sizes.map((key) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, key));
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 500 });
});
afterAll(() => {
  sizes.forEach((key, i) => {
    const original = originals[i];
    if (original) Object.defineProperty(HTMLElement.prototype, key, original);
  });
});

const KYIV = { lat: 50.45, lon: 30.52 };
const WASHINGTON = { lat: 38.9, lon: -77.04 };
const START: MapViewport = { lat: 49, lon: 31, zoom: 5 };

function renderSync(props: Partial<MapViewportSyncProps> = {}) {
  const onViewportChange = vi.fn();
  const map = createRef<LeafletMap>();
  const all: MapViewportSyncProps = {
    viewport: null,
    onViewportChange,
    selectedClaimId: null,
    selectedAt: [],
    ...props,
  };
  const start = all.viewport ?? START;
  const view = (next: Partial<MapViewportSyncProps>) => (
    <MapContainer ref={map} center={[start.lat, start.lon]} zoom={start.zoom} zoomAnimation={false}>
      <MapViewportSync {...all} {...next} />
    </MapContainer>
  );
  const { rerender } = render(view({}));
  return {
    onViewportChange,
    map: () => map.current as LeafletMap,
    update: (next: Partial<MapViewportSyncProps>) => rerender(view(next)),
  };
}

const centre = (map: LeafletMap) => ({ lat: map.getCenter().lat, lon: map.getCenter().lng });

describe('MapViewportSync', () => {
  it('pans to a newly selected claim that is off-screen, and reports the new view', () => {
    const { map, update, onViewportChange } = renderSync();
    update({ selectedClaimId: 'c1', selectedAt: [WASHINGTON] });
    expect(centre(map()).lat).toBeCloseTo(WASHINGTON.lat, 3);
    expect(centre(map()).lon).toBeCloseTo(WASHINGTON.lon, 3);
    expect(onViewportChange).toHaveBeenLastCalledWith({ ...WASHINGTON, zoom: 5 });
  });

  it('leaves the map alone when the selected claim is already on screen', () => {
    const { map, update, onViewportChange } = renderSync();
    update({ selectedClaimId: 'c1', selectedAt: [KYIV] });
    expect(centre(map())).toEqual({ lat: START.lat, lon: START.lon });
    expect(onViewportChange).not.toHaveBeenCalled();
  });

  it('keeps a linked view that comes with a claim, and pans for the next selection', () => {
    const { map, update } = renderSync({ viewport: START, selectedClaimId: 'c1', selectedAt: [WASHINGTON] });
    expect(centre(map())).toEqual({ lat: START.lat, lon: START.lon });
    update({ viewport: START, selectedClaimId: 'c2', selectedAt: [WASHINGTON] });
    expect(centre(map()).lon).toBeCloseTo(WASHINGTON.lon, 3);
  });

  it('leaves the map alone when any place of a claim about several is on screen', () => {
    const { map, update } = renderSync();
    update({ selectedClaimId: 'c1', selectedAt: [WASHINGTON, KYIV] });
    expect(centre(map())).toEqual({ lat: START.lat, lon: START.lon });
  });

  it('follows the URL without writing the move back', () => {
    const { map, update, onViewportChange } = renderSync();
    update({ viewport: { lat: 55.75, lon: 37.62, zoom: 7 } });
    expect(centre(map()).lat).toBeCloseTo(55.75, 3);
    expect(map().getZoom()).toBe(7);
    expect(onViewportChange).not.toHaveBeenCalled();
  });

  it('does not move back when another part of the URL changes', () => {
    const { map, update } = renderSync({ viewport: START });
    update({ viewport: { ...START }, selectedClaimId: 'c1', selectedAt: [WASHINGTON] });
    expect(centre(map()).lon).toBeCloseTo(WASHINGTON.lon, 3);
    update({ viewport: { ...START }, selectedClaimId: 'c1', selectedAt: [WASHINGTON] });
    expect(centre(map()).lon).toBeCloseTo(WASHINGTON.lon, 3);
  });

  it('reports a move the user makes, rounded', () => {
    const { map, onViewportChange } = renderSync();
    map().setView([48.123456, 35.654321], 6, { animate: false });
    expect(onViewportChange).toHaveBeenLastCalledWith({ lat: 48.1235, lon: 35.6543, zoom: 6 });
  });
});
