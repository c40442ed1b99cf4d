/** The "Map" pane: wires the dataset, the filters and the URL to the map, loaded as its own chunk. */
import { lazy, memo, Suspense, useCallback, useMemo } from 'react';
import { useDataset } from '../../data/hooks';
import { schemeFor } from '../../domain/claimant-colors';
import { eventsBySources } from '../../domain/event-order';
import { reviewedById } from '../../domain/narrow-visible';
import { MapRegion } from '../../features/map/map-region';
import { useBasemap } from '../../features/map/use-basemap';
import { useReviews } from '../../features/review/use-reviews';
import type { MapViewport } from '../../url-state/view-state';
import { useView, useVisible } from '../hooks/use-view';

// Leaflet loads after the first paint; the basemap files are fetched in parallel with it. Memo so a render
// whose deferred inputs have not caught up yet skips the map.
/** The map's code (Leaflet): a chunk of its own, fetched while the dataset downloads (see `preloadDashboard`). */
export const loadMap = () => import('../../features/map/map-view');

const MapView = memo(lazy(() => loadMap().then((m) => ({ default: m.MapView }))));

/** The pane. */
export function MapPane() {
  const { index } = useDataset();
  const [view, update] = useView();
  // Deferred rows (see useVisible): a filter change paints its input first, the map re-aggregates after.
  const visible = useVisible();
  const { basemap, error } = useBasemap();
  const { reviews } = useReviews();
  const events = useMemo(() => eventsBySources(visible), [visible]);
  const claimsById = useMemo(() => reviewedById(index.claims, reviews), [index, reviews]);
  const onSelectClaim = useCallback((id: string) => update({ claim: id }), [update]);
  // Each URL change parses a new viewport object; keep one per position so the memoised map can skip.
  const { lat, lon, zoom } = view.map ?? { lat: NaN, lon: NaN, zoom: NaN };
  const viewport = useMemo(() => (Number.isNaN(zoom) ? null : { lat, lon, zoom }), [lat, lon, zoom]);
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
          datasetClaims={index.dataset.claims}
          claimsById={claimsById}
          events={events}
          scheme={schemeFor(index.dataset)}
          selectedClaimId={view.claim}
          onSelectClaim={onSelectClaim}
          viewport={viewport}
          onViewportChange={onViewportChange}
          basemap={basemap}
          basemapError={error?.message ?? null}
        />
      </Suspense>
    </MapRegion>
  );
}
