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

/**
 * Fetches `file` relative to the page (the app is served from any folder, offline) and parses it as JSON.
 * Throws a DataLoadError naming the file.
 */
export async function loadJson(file: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(new URL(file, document.baseURI), { signal });
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
    return await response.json();
  } catch {
    throw new DataLoadError(file, ['is not valid JSON; it may be truncated or not a data file']);
  }
}
