import type { LeafletMouseEvent, Path } from 'leaflet';

/** Opens a plain-text tooltip on a hovered layer, bound on first hover: a DOM text node, never an HTML string. */
export function showTextTooltip(event: LeafletMouseEvent, text: string): void {
  const layer = event.target as Path;
  if (!layer.getTooltip()) {
    const node = document.createElement('div');
    node.textContent = text;
    layer.bindTooltip(node, { direction: 'top', sticky: true });
  }
  layer.openTooltip(event.latlng);
}
