import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { MapViewport } from '../../url-state/view-state';
import type { LatLon } from './map-symbols';

/** Props: the viewport from the URL, where user moves go, and the selected claim and where it is drawn. */
export interface MapViewportSyncProps {
  viewport: MapViewport | null;
  onViewportChange: (viewport: MapViewport) => void;
  selectedClaimId: string | null;
  /** Its symbols' positions (a claim about several places has several); empty when it has none. */
  selectedAt: readonly LatLon[];
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs a move that is not to be written back. Leaflet fires `moveend` synchronously for moves without animation. */
function quietly(flag: { current: boolean }, move: () => void): void {
  flag.current = true;
  try {
    move();
  } finally {
    flag.current = false;
  }
}

/**
 * Keeps Leaflet and the URL in step after the first view (MapContainer props only set that): moves are
 * written on `moveend`; URL changes (Back, a pasted link) move the map; a newly selected claim that is
 * off-screen is panned to, and that pan is written like a drag. Moves made to follow the URL or a resize are
 * not written back, so loading a link never rewrites it.
 */
export function MapViewportSync({
  viewport,
  onViewportChange,
  selectedClaimId,
  selectedAt,
}: MapViewportSyncProps) {
  const map = useMap();
  const quiet = useRef(false);
  // A link that sets both the view and a claim shows that view: the claim it opens with is not panned to.
  const panned = useRef(viewport ? selectedClaimId : null);

  useMapEvents({
    moveend() {
      if (quiet.current) return;
      const c = map.getCenter();
      onViewportChange({ lat: round(c.lat, 4), lon: round(c.lng, 4), zoom: map.getZoom() });
    },
  });

  const lat = viewport?.lat;
  const lon = viewport?.lon;
  const zoom = viewport?.zoom;
  // Keyed on the values, not the object: every URL change parses a new viewport object.
  useEffect(() => {
    if (lat === undefined || lon === undefined || zoom === undefined) return;
    const c = map.getCenter();
    if (Math.abs(c.lat - lat) < 1e-3 && Math.abs(c.lng - lon) < 1e-3 && map.getZoom() === zoom) return;
    quietly(quiet, () => map.setView([lat, lon], zoom, { animate: false }));
  }, [map, lat, lon, zoom]);

  useEffect(() => {
    if (selectedClaimId === null) panned.current = null;
    const first = selectedAt[0];
    // A map with no size (a hidden pane) has no screen to keep the selection on.
    if (selectedClaimId === panned.current || !first || map.getSize().x === 0) return;
    panned.current = selectedClaimId;
    const inView = map.getBounds().pad(-0.05);
    if (!selectedAt.some((at) => inView.contains([at.lat, at.lon])))
      map.panTo([first.lat, first.lon], { animate: false });
  }, [map, selectedClaimId, selectedAt]);

  // Panes can be hidden and shown (phone tabs) or resized: Leaflet must re-measure its container then.
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const { clientWidth, clientHeight } = map.getContainer();
      const size = map.getSize();
      if (clientWidth === size.x && clientHeight === size.y) return;
      // Keeping the centre keeps a linked view where it was while the layout settles.
      quietly(quiet, () => map.invalidateSize());
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);

  return null;
}
