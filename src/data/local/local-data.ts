/**
 * What this browser holds besides the bundled files: a dataset file the user opened (it replaces the bundled data
 * here), the articles added here, and their bodies. Types only, so the initial bundle carries no storage code.
 */
import type { DatasetWithBodies } from '../../domain/dataset-file';
import type { ArticleBody, Dataset } from '../../domain/schema';
import type { Skipped } from '../../domain/validate';

/** Where the base data came from: the bundled files, or a dataset file opened in this browser. */
export type DataSource = { kind: 'bundled' } | { kind: 'file'; name: string };

/** The data the added articles join: what was loaded before any was added. */
export interface BaseData {
  source: DataSource;
  dataset: Dataset;
  skipped: Skipped[];
  /** The opened file's bodies; none for the bundled data, whose bodies are fetched one by one. */
  bodies: readonly ArticleBody[];
}

/** The local part of the loaded dataset. */
export interface LocalData {
  base: BaseData;
  /** The articles added in this browser (all of them, including any the base already held), or null. */
  added: DatasetWithBodies | null;
  /** Ids of the added articles shown (badged "Added here"). */
  addedIds: ReadonlySet<string>;
  /** Bodies held in this browser: every body of an opened file, and the added articles'. */
  bodies: ReadonlyMap<string, ArticleBody>;
  /** Why stored data could not be used, in words for a notice; the rest still loads. */
  notices: string[];
  /** True when this browser could not store the added articles or the opened file: a reload loses them. */
  sessionOnly: boolean;
}

/** The local part of a dataset loaded from the bundled files alone. */
export function bundledOnly(dataset: Dataset, skipped: Skipped[], notices: string[] = []): LocalData {
  return {
    base: { source: { kind: 'bundled' }, dataset, skipped, bodies: [] },
    added: null,
    addedIds: new Set(),
    bodies: new Map(),
    notices,
    sessionOnly: false,
  };
}
