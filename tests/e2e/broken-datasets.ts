/**
 * Broken copies of the seed dataset for the error-path tests: wrong version, missing file, a file cut off in the
 * middle of its rows, some bad rows.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where each broken variant lives, and how many rows the bad-rows variant breaks. */
export interface BrokenDatasets {
  badVersion: string;
  missing: string;
  truncated: string;
  badRows: string;
  badRowCount: number;
}

type Row = Record<string, unknown>;

/** Writes the variants under `work`, each a full data folder (bodies included) unless the point is a missing file. */
export async function writeBrokenDatasets(seedData: string, work: string): Promise<BrokenDatasets> {
  const dataset = JSON.parse(await readFile(join(seedData, 'dataset.json'), 'utf8')) as Row & {
    claims: Row[];
  };
  const variant = async (name: string, content: unknown): Promise<string> => {
    const dir = join(work, name);
    await cp(seedData, dir, { recursive: true });
    await writeFile(join(dir, 'dataset.json'), JSON.stringify(content));
    return dir;
  };
  const badVersion = await variant('bad-version', { ...dataset, schemaVersion: 999 });
  // The ingest's own text (a row per line), cut off half way, as an interrupted copy leaves it.
  const truncated = join(work, 'truncated');
  await cp(seedData, truncated, { recursive: true });
  const whole = await readFile(join(seedData, 'dataset.json'), 'utf8');
  await writeFile(join(truncated, 'dataset.json'), whole.slice(0, Math.floor(whole.length / 2)));
  const missing = join(work, 'missing');
  await mkdir(missing, { recursive: true });
  const [first] = dataset.claims;
  // Two claims that cannot be valid: a word where a number belongs, and an id with a comma and capitals.
  const badClaims: Row[] = first
    ? [
        { ...first, id: 'broken-claim-value', valueMin: 'lots', valueMax: 'lots' },
        { ...first, id: 'Broken,Claim', troopsMin: -5 },
      ]
    : [];
  const badRows = await variant('bad-rows', { ...dataset, claims: [...dataset.claims, ...badClaims] });
  return { badVersion, missing, truncated, badRows, badRowCount: badClaims.length };
}
