/** Fetching a data file relative to the page, with failures described by file name and cause. */
import { RowsPerLineReader } from '../domain/rows-per-line';

const CUT_SHORT = 'could not be read to the end; the connection may have dropped';
const NOT_JSON = 'is not valid JSON; it may be truncated or not a data file';

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

/** Where a body's text goes as it arrives. */
interface TextSink {
  push(piece: string): void;
}

/**
 * Pushes the body's text into `sink`, with `onBytes` told of every chunk as it arrives. Each chunk is decoded as it
 * comes, so the decoding overlaps the download instead of following it (at 10,000 articles the file is 46 MB). The
 * ingest writes data files as ASCII (`\u` escapes beyond it), so the pieces are one-byte strings.
 */
async function readInto(response: Response, onBytes: OnBytes, sink: TextSink): Promise<void> {
  const reader = response.body?.getReader();
  if (!reader) return sink.push(await response.text());
  const length = Number(response.headers.get('content-length'));
  // A compressed response announces its compressed size while the reader sees decompressed bytes.
  const total = Number.isFinite(length) && length > 0 && !response.headers.get('content-encoding') ? length : null;
  const decoder = new TextDecoder();
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    sink.push(decoder.decode(value, { stream: true }));
    loaded += value.byteLength;
    onBytes(loaded, total !== null && loaded <= total ? total : null);
  }
  sink.push(decoder.decode());
}

/**
 * Fetches `file` relative to the page (the app is served from any folder, offline) and parses it as JSON. Throws a
 * DataLoadError naming the file.
 */
export async function loadJson(file: string, signal?: AbortSignal): Promise<unknown> {
  return loadJsonAt(new URL(file, document.baseURI), file, signal);
}

/** As `loadJson`, from an absolute `url` (a worker has no page to resolve against); errors name `file`. */
export async function loadJsonAt(url: URL, file: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetchOk(url, file, signal);
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new DataLoadError(file, [CUT_SHORT]);
  }
  return parseJson(file, text);
}

async function fetchOk(url: URL, file: string, signal?: AbortSignal): Promise<Response> {
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
  return response;
}

/**
 * The JSON file at `url`, parsed while it downloads: the rows of a file written one per line (`rows-per-line.ts`)
 * are parsed as they arrive, any other layout at the end. `onBytes` follows the download. Errors name `file`.
 */
export async function loadRows(url: URL, file: string, signal: AbortSignal, onBytes: OnBytes): Promise<unknown> {
  const response = await fetchOk(url, file, signal);
  const rows = new RowsPerLineReader();
  try {
    await readInto(response, onBytes, rows);
  } catch {
    throw new DataLoadError(file, [CUT_SHORT]);
  }
  try {
    return rows.end();
  } catch {
    throw new DataLoadError(file, [NOT_JSON]);
  }
}

/** `text` parsed as JSON, or a DataLoadError naming `file`. */
function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataLoadError(file, [NOT_JSON]);
  }
}
