/** Writes a gold file and a dataset with its body files to a folder, as the pipeline and annotators would. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Gold } from '../../src/eval/gold-schema';
import type { ScoredDataset } from '../../src/eval/scored-dataset';

/** Paths of the written gold and dataset files. */
export function writeFixture(
  dir: string,
  gold: Gold,
  dataset: ScoredDataset,
  bodies: Record<string, string> = {},
) {
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  const goldFile = path.join(dir, 'gold.json');
  const datasetFile = path.join(dir, 'dataset.json');
  writeFileSync(goldFile, JSON.stringify(gold));
  writeFileSync(datasetFile, JSON.stringify(dataset));
  for (const [id, text] of Object.entries(bodies))
    writeFileSync(
      path.join(dir, 'articles', `${id}.json`),
      JSON.stringify({ schemaVersion: 1, id, text, mentions: [] }),
    );
  return { goldFile, datasetFile };
}
