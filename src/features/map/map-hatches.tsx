/** SVG patterns that hatch the occupied-area overlays (referenced from map.css by id). */
export function MapHatches() {
  return (
    <svg className="map-view__defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id="map-hatch-crimea"
          width="7"
          height="7"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="7" height="7" fill="#b91c1c" fillOpacity="0.08" />
          <line x1="0" y1="0" x2="0" y2="7" stroke="#b91c1c" strokeWidth="2" strokeOpacity="0.45" />
        </pattern>
        <pattern
          id="map-hatch-donbas"
          width="7"
          height="7"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(-45)"
        >
          <rect width="7" height="7" fill="#7f1d1d" fillOpacity="0.08" />
          <line x1="0" y1="0" x2="0" y2="7" stroke="#7f1d1d" strokeWidth="2" strokeOpacity="0.45" />
        </pattern>
      </defs>
    </svg>
  );
}
