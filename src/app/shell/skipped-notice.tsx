/** Says how many rows of the dataset were skipped as invalid, and why, so nothing disappears silently. */
import type { Skipped } from '../../domain/validate';

/** Props: what validation skipped. */
export interface SkippedNoticeProps {
  skipped: readonly Skipped[];
}

function headline(entry: Skipped): string {
  const noun = entry.count === 1 ? entry.collection.replace(/s$/, '') : entry.collection;
  return `${entry.count.toLocaleString('en-US')} ${noun} skipped`;
}

/** The notice, or nothing when every row was valid. */
export function SkippedNotice({ skipped }: SkippedNoticeProps) {
  if (skipped.length === 0) return null;
  return (
    <section className="notice" aria-label="Skipped data">
      <p>Some rows of the dataset were invalid and are not shown: {skipped.map(headline).join(', ')}.</p>
      <details>
        <summary>Why</summary>
        <ul>
          {skipped.flatMap((entry) =>
            entry.reasons.map((reason) => <li key={`${entry.collection}:${reason}`}>{reason}</li>),
          )}
        </ul>
      </details>
    </section>
  );
}
