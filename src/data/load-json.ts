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
 * The body's text, with `onBytes` told of every chunk as it arrives. The chunks only pass through a counting
 * stream and are decoded once, natively, at the end: decoding each chunk into a string and joining them cost
 * about as much as parsing the JSON (46 MB at 10,000 articles).
 */
function readText(response: Response, onBytes: OnBytes): Promise<string> {
  if (!response.body || typeof TransformStream === 'undefined') return response.text();
  const length = Number(response.headers.get('content-length'));
  // A compressed response announces its compressed size while the stream sees decompressed bytes.
  const total = Number.isFinite(length) && length > 0 && !response.headers.get('content-encoding') ? length : null;
  let loaded = 0;
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        onBytes(loaded, total !== null && loaded <= total ? total : null);
        controller.enqueue(chunk);
      },
    }),
  );
  return new Response(counted).text();
}

/**
 * Fetches `file` relative to the page (the app is served from any folder, offline) and parses it as JSON;
 * `onBytes` follows the download. Throws a DataLoadError naming the file.
 */
export function loadJson(file: string, signal?: AbortSignal, onBytes?: OnBytes): Promise<unknown> {
  return loadJsonAt(new URL(file, document.baseURI), file, signal, onBytes);
}

/** As `loadJson`, from an absolute `url` (a worker has no page to resolve against); errors name `file`. */
export async function loadJsonAt(
  url: URL,
  file: string,
  signal?: AbortSignal,
  onBytes?: OnBytes,
): Promise<unknown> {
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
  let text: string;
  try {
    text = onBytes ? await readText(response, onBytes) : await response.text();
  } catch {
    throw new DataLoadError(file, ['could not be read to the end; the connection may have dropped']);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataLoadError(file, ['is not valid JSON; it may be truncated or not a data file']);
  }
}
