/**
 * What shows while the dataset loads: the layout's outline, so nothing jumps when the panes arrive, and how far the
 * load has got (bytes downloaded, then checking and indexing), since a large dataset takes a while on a slow line.
 */
import { useSyncExternalStore } from 'react';
import { loadProgress, subscribeProgress, type LoadProgress } from '../../data/load-progress';

const PANES = [
  ['Map', 'panes__map'],
  ['Troop numbers', 'panes__chart'],
  ['Articles', 'panes__articles'],
] as const;

/** "12.3 MB" (one decimal), "840 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

/** The loading line for a stage. */
export function progressText(progress: LoadProgress): string {
  if (progress.stage === 'check') return 'Checking the data…';
  if (progress.stage === 'index') return 'Preparing the views…';
  if (progress.loaded === 0) return 'Loading the dataset…';
  const of = progress.total ? ` of ${formatBytes(progress.total)}` : '';
  return `Loading the dataset: ${formatBytes(progress.loaded)}${of}`;
}

/** The skeleton; each pane placeholder is busy until the data is in. */
export function LayoutSkeleton() {
  const progress = useSyncExternalStore(subscribeProgress, loadProgress);
  const bytes = progress.stage === 'download' ? progress : null;
  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">Crisis Ledger</h1>
        <p className="app__loading" role="status">
          {progressText(progress)}
        </p>
        {/* Indeterminate until the size is known; full while checking and indexing. */}
        <progress
          className="app__progress"
          aria-label="Dataset loading"
          max={bytes?.total ?? 1}
          value={bytes ? (bytes.total ? bytes.loaded : undefined) : 1}
        />
      </header>
      <main className="app__main">
        <div className="panes">
          {PANES.map(([name, slot]) => (
            <div key={name} className={slot}>
              <section className="pane pane--loading" aria-label={name} aria-busy="true">
                <div className="skeleton" />
              </section>
            </div>
          ))}
        </div>
      </main>
    </div>
  );
}
