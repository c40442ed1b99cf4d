/** Test helper: the project's own `data/reference`, loaded once per test file. */
import path from 'node:path';
import { loadReference } from '../../src/pipeline/node/reference';

export const reference = loadReference(path.resolve(import.meta.dirname, '../../data/reference'));
