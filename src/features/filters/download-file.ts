/** Saves text as a file through a temporary object URL; no server round trip, works offline. */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later: the browser may start reading the URL after click() returns (a large dataset file).
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
