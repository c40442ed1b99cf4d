/** What the ingest made of each file: ok, warning or rejected with the reason, as `npm run ingest` reports it. */
import type { Dataset } from '../../domain/schema';
import { fileLine, reportOrder, summaryLine } from './report-lines';

/** The report of one run; `sessionOnly` when the added articles could not be stored in this browser. */
export function FileReport({ result, sessionOnly }: { result: Dataset; sessionOnly: boolean }) {
  const { report } = result;
  const added = result.articles.length;
  return (
    <section className="file-report" aria-label="Report">
      <h3>Report</h3>
      <p>{summaryLine(report)}</p>
      <p>
        {added === 0
          ? 'No article was added.'
          : `Added ${added} ${added === 1 ? 'article' : 'articles'} with ${result.claims.length} troop ${
              result.claims.length === 1 ? 'claim' : 'claims'
            }.`}
        {added > 0 &&
          sessionOnly &&
          ' They will not be kept after a reload: this browser does not let the app store them.'}
      </p>
      <ul className="file-report__files">
        {reportOrder(report).map((file) => (
          <li key={file.file} className={`file-report__file file-report__file--${file.status}`}>
            <span className="file-report__status">{file.status}</span>{' '}
            <span className="file-report__name">{file.file}</span>
            {fileLine(file.messages, file.status) && `: ${fileLine(file.messages, file.status)}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
