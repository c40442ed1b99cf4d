import type { LeafletMouseEvent, Path } from 'leaflet';

/**
 * Opens a plain-text tooltip on a hovered layer: a DOM text node, never an HTML string built from data. Bound
 * on first hover rather than per layer up front, and refreshed each time since filters change the text.
 */
export function showTextTooltip(event: LeafletMouseEvent, text: string): void {
  const layer = event.target as Path;
  const node = document.createElement('div');
  node.textContent = text;
  if (layer.getTooltip()) layer.setTooltipContent(node);
  else layer.bindTooltip(node, { direction: 'top', sticky: true });
  layer.openTooltip(event.latlng);
}
