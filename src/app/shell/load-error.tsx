/** The page shown when the dataset cannot be used: which file, what is wrong, and a Retry button. */
import { DataLoadError } from '../../data/load-json';
import { MAX_PROBLEMS } from '../../domain/validate';

/** Props: the load error, whether a retry is under way, and how to retry. */
export interface LoadErrorProps {
  error: Error;
  retrying: boolean;
  onRetry: () => void;
}

/** The error page; never blank, always actionable. */
export function LoadError({ error, retrying, onRetry }: LoadErrorProps) {
  const file = error instanceof DataLoadError ? error.file : null;
  const problems = error instanceof DataLoadError ? error.problems : [error.message || 'Unknown error'];
  return (
    <main className="load-error">
      <h1>Crisis Ledger</h1>
      <div role="alert" className="load-error__panel">
        <h2>The dataset could not be loaded</h2>
        {file && (
          <p>
            File: <code>{file}</code>
          </p>
        )}
        <ul>
          {problems.slice(0, MAX_PROBLEMS).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </main>
  );
}
