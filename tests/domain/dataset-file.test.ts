import { describe, expect, test } from 'vitest';
import {
  DATASET_FILE_FORMAT,
  parseDatasetFile,
  parseDatasetFileText,
  toDatasetFile,
} from '../../src/domain/dataset-file';
import { IDS, miniBodies, miniDataset } from '../fixtures/mini-dataset';

const bodies = Object.values(miniBodies);

describe('the dataset file', () => {
  test('a downloaded file reads back to the same dataset and bodies', () => {
    const text = JSON.stringify(toDatasetFile({ dataset: miniDataset, bodies }));
    const parsed = parseDatasetFileText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.skipped).toEqual([]);
    expect(parsed.content.dataset).toEqual(miniDataset);
    expect(parsed.content.bodies.map((b) => b.id).sort()).toEqual(bodies.map((b) => b.id).sort());
  });

  test.each([
    ['not JSON', '{"format": "crisis', /not valid JSON/],
    ['a bare dataset.json', JSON.stringify(miniDataset), /without its article texts/],
    ['another JSON file', JSON.stringify({ name: 'x' }), /not a Crisis Ledger dataset file/],
    ['an array', '[]', /does not hold a JSON object/],
    [
      'another schema version',
      JSON.stringify({ ...toDatasetFile({ dataset: miniDataset, bodies }), schemaVersion: 99 }),
      /schemaVersion: is 99/,
    ],
    [
      'a broken dataset',
      JSON.stringify({
        format: DATASET_FILE_FORMAT,
        schemaVersion: 1,
        dataset: { schemaVersion: 1 },
        bodies: [],
      }),
      /^dataset: /,
    ],
  ])('%s is refused with a reason', (_name, text, reason) => {
    const parsed = parseDatasetFileText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(reason);
  });

  test('bad bodies are skipped and counted; the rest opens', () => {
    const reuters = miniBodies[IDS.reuters]!;
    const file = toDatasetFile({
      dataset: miniDataset,
      bodies: [
        { ...reuters, text: `${reuters.text} and more` },
        { ...miniBodies[IDS.ap]!, id: 'no-such-article' },
        miniBodies[IDS.kyiv]!,
        { id: 5 } as never,
      ],
    });
    const parsed = parseDatasetFile(JSON.parse(JSON.stringify(file)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.content.bodies.map((b) => b.id)).toEqual([IDS.kyiv]);
    expect(parsed.skipped).toEqual([expect.objectContaining({ collection: 'bodies', count: 3 })]);
  });
});
