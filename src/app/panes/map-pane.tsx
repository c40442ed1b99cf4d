/** The "Map" pane: wires the dataset, the filters and the URL to the map, loaded as its own chunk. */
import { lazy, Suspense, useCallback } from 'react';
import { useDataset } from '../../data/hooks';
import { schemeFor } from '../../domain/claimant-colors';
import { MapRegion } from '../../features/map/map-region';
import { useBasemap } from '../../features/map/use-basemap';
import type { MapViewport } from '../../url-state/view-state';
import { useView, useVisible } from '../hooks/use-view';

// Leaflet loads after the first paint; the basemap files are fetched in parallel with it.
const MapView = lazy(() => import('../../features/map/map-view').then((m) => ({ default: m.MapView })));

/** The pane. */
export function MapPane() {
  const { index } = useDataset();
  const [view, update] = useView();
  const visible = useVisible();
  const { basemap, error } = useBasemap();
  const onSelectClaim = useCallback((id: string) => update({ claim: id }), [update]);
  const onViewportChange = useCallback((map: MapViewport) => update({ map }, { replace: true }), [update]);
  return (
    <MapRegion>
      <Suspense
        fallback={
          <>
            <h2>Map</h2>
            <p>Loading the map…</p>
          </>
        }
      >
        <MapView
          claims={visible.claims}
          places={visible.places}
          placesById={index.places}
          claimsById={index.claims}
          events={visible.events}
          scheme={schemeFor(index.dataset)}
          selectedClaimId={view.claim}
          onSelectClaim={onSelectClaim}
          viewport={view.map}
          onViewportChange={onViewportChange}
          basemap={basemap}
          basemapError={error?.message ?? null}
        />
      </Suspense>
    </MapRegion>
  );
}
