/** Fetching a data file relative to the page, with failures described by file name and cause. */

/** A data file could not be loaded or read: which file, and what is wrong with it. */
export class DataLoadError extends Error {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'DataLoadError';
    this.file = file;
    this.problems = problems;
  }
}

/** Bytes read so far and the size the server announced (null when unknown or compressed on the wire). */
export type OnBytes = (loaded: number, total: number | null) => void;

/**
 * The body's text, with `onBytes` told of every chunk as it arrives. Each chunk is decoded as it comes, so the
 * decoding overlaps the download instead of following it (at 10,000 articles the file is 46 MB). The ingest
 * writes data files as ASCII (`\u` escapes beyond it), so the parts are one-byte strings and joining them is a copy.
 */
async function readText(response: Response, onBytes: OnBytes): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const length = Number(response.headers.get('content-length'));
  // A compressed response announces its compressed size while the reader sees decompressed bytes.
  const total = Number.isFinite(length) && length > 0 && !response.headers.get('content-encoding') ? length : null;
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    loaded += value.byteLength;
    onBytes(loaded, total !== null && loaded <= total ? total : null);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Fetches `file` relative to the page (the app is served from any folder, offline) and parses it as JSON;
 * `onBytes` follows the download. Throws a DataLoadError naming the file.
 */
export async function loadJson(file: string, signal?: AbortSignal, onBytes?: OnBytes): Promise<unknown> {
  return parseJson(file, await loadText(new URL(file, document.baseURI), file, signal, onBytes));
}

/** As `loadJson`, from an absolute `url` (a worker has no page to resolve against); errors name `file`. */
export async function loadJsonAt(
  url: URL,
  file: string,
  signal?: AbortSignal,
  onBytes?: OnBytes,
): Promise<unknown> {
  return parseJson(file, await loadText(url, file, signal, onBytes));
}

/** The text of the file at `url`, read to the end; `onBytes` follows the download. Errors name `file`. */
export async function loadText(url: URL, file: string, signal?: AbortSignal, onBytes?: OnBytes): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    throw new DataLoadError(file, ['could not be reached; check that the app is served over http(s) with its data']);
  }
  if (!response.ok) {
    throw new DataLoadError(file, [
      response.status === 404
        ? 'was not found (HTTP 404); run "npm run ingest" to build the data, then reload'
        : `the server answered HTTP ${response.status}`,
    ]);
  }
  try {
    return onBytes ? await readText(response, onBytes) : await response.text();
  } catch {
    throw new DataLoadError(file, ['could not be read to the end; the connection may have dropped']);
  }
}

/** `text` parsed as JSON, or a DataLoadError naming `file`. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataLoadError(file, ['is not valid JSON; it may be truncated or not a data file']);
  }
}
