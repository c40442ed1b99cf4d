import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { MapViewport } from '../../url-state/view-state';
import type { LatLon } from './map-symbols';

/** Props: the viewport from the URL, where user moves go, and the selected claim's position. */
export interface MapViewportSyncProps {
  viewport: MapViewport | null;
  onViewportChange: (viewport: MapViewport) => void;
  selectedAt: LatLon | null;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Keeps Leaflet and the URL in step after the first view (MapContainer props only set that): user moves are
 * written on `moveend`; URL changes (Back, a pasted link) move the map; a selection off-screen is panned to.
 * Moves this component makes itself are not written back, so loading a link never rewrites it.
 */
export function MapViewportSync({ viewport, onViewportChange, selectedAt }: MapViewportSyncProps) {
  const map = useMap();
  const ownMove = useRef(false);

  useMapEvents({
    moveend() {
      if (ownMove.current) {
        ownMove.current = false;
        return;
      }
      const c = map.getCenter();
      onViewportChange({ lat: round(c.lat, 4), lon: round(c.lng, 4), zoom: map.getZoom() });
    },
  });

  useEffect(() => {
    if (!viewport) return;
    const c = map.getCenter();
    const same =
      Math.abs(c.lat - viewport.lat) < 1e-3 &&
      Math.abs(c.lng - viewport.lon) < 1e-3 &&
      map.getZoom() === viewport.zoom;
    if (same) return;
    ownMove.current = true;
    map.setView([viewport.lat, viewport.lon], viewport.zoom, { animate: false });
  }, [map, viewport]);

  const lat = selectedAt?.lat;
  const lon = selectedAt?.lon;
  useEffect(() => {
    // A map with no size (a hidden pane on a phone) has no screen to keep the selection on.
    if (lat === undefined || lon === undefined || map.getSize().x === 0) return;
    if (map.getBounds().contains([lat, lon])) return;
    ownMove.current = true;
    map.panTo([lat, lon], { animate: false });
  }, [map, lat, lon]);

  // Panes can be hidden and shown (phone tabs) or resized: Leaflet must re-measure its container then.
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const { clientWidth, clientHeight } = map.getContainer();
      const size = map.getSize();
      if (clientWidth === size.x && clientHeight === size.y) return;
      ownMove.current = true;
      map.invalidateSize({ pan: false });
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);

  return null;
}
