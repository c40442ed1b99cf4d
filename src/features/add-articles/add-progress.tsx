/** The ingest's progress bar: its stage in words and how far through it ("Analysing: 3 of 10"). */
import type { AddProgress } from '../../data/local/add-input';

const STAGES: Record<AddProgress['stage'], string> = {
  'loading reference': 'Loading the reference data',
  reading: 'Reading',
  analysing: 'Analysing',
  assembling: 'Assembling',
};

/** "Analysing: 3 of 10", or "Starting" before the first report. */
export function progressText(progress: AddProgress | null): string {
  if (!progress) return 'Starting';
  const stage = STAGES[progress.stage];
  return progress.total > 0 ? `${stage}: ${progress.done} of ${progress.total}` : stage;
}

/** The bar; indeterminate until the ingest reports a count. */
export function AddProgressBar({ progress, files }: { progress: AddProgress | null; files: number }) {
  const text = progressText(progress);
  const counted = progress !== null && progress.total > 0;
  return (
    <div className="add-progress">
      <div
        role="progressbar"
        aria-label={`Adding ${files} ${files === 1 ? 'article' : 'articles'}`}
        aria-valuemin={0}
        aria-valuemax={counted ? progress.total : undefined}
        aria-valuenow={counted ? progress.done : undefined}
        aria-valuetext={text}
        className="add-progress__bar"
      >
        <div
          className="add-progress__fill"
          style={{ width: counted ? `${(100 * progress.done) / progress.total}%` : '100%' }}
          data-indeterminate={counted ? undefined : 'true'}
        />
      </div>
      <p className="add-progress__text">{text}…</p>
    </div>
  );
}
