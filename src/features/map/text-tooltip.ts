import type { Layer, LeafletMouseEvent } from 'leaflet';

/**
 * Opens a plain-text tooltip on a hovered layer: a DOM text node, never an HTML string built from data. Bound
 * on first hover rather than per layer up front, and refreshed each time since filters change the text.
 * `className` styles the tooltip (e.g. to keep line breaks).
 */
export function showTextTooltip(event: LeafletMouseEvent, text: string, className?: string): void {
  const layer = event.target as Layer;
  const node = document.createElement('div');
  node.textContent = text;
  if (layer.getTooltip()) layer.setTooltipContent(node);
  else layer.bindTooltip(node, { direction: 'top', sticky: true, ...(className ? { className } : {}) });
  layer.openTooltip(event.latlng);
}
