/**
 * One opened article: its title, outlet, date and source link, kept in view in a sticky head while the body (with
 * its highlights) scrolls to a quote. A body that fails to load shows the reason and a Retry button here, while
 * the rest of the dashboard keeps working.
 */
import type { ReactNode } from 'react';
import type { Article, ArticleBody, Claim, Entry, Mention } from '../../domain/schema';
import { ArticleDate } from './article-date';
import { plainDateReason } from './date-reason';
import { formatInstant, webUrl } from './format';
import { ReaderChunks } from './reader-chunks';

/** Where the body is: loading, failed (with the file and problems) or loaded. */
export type BodyState =
  | { status: 'loading' }
  | { status: 'error'; file: string | null; problems: string[]; retrying: boolean }
  | { status: 'ready'; body: ArticleBody };

/** Props of the reader. */
export interface ArticleReaderProps {
  article: Article;
  entry: Entry | null;
  body: BodyState;
  claims: readonly Claim[];
  selectedClaimId: string | null;
  describeMention: (mention: Mention) => string;
  describeClaim: (claim: Claim) => string;
  onSelectClaim: (claimId: string) => void;
  onClose: () => void;
  onRetry: () => void;
  /** Shown above the text while a claim is selected (the review controls). */
  claimTools?: ReactNode;
  /** Words a search matched, marked in the text. */
  hits?: readonly { start: number; end: number }[];
}

function SourceLink({ url }: { url: string | null }) {
  const href = webUrl(url);
  if (href) {
    return (
      <a href={href} target="_blank" rel="noopener noreferrer">
        Original page<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    );
  }
  return url ? <span className="reader__url">Source address (not a web link): {url}</span> : null;
}

function BodyError({
  body,
  onRetry,
}: {
  body: Extract<BodyState, { status: 'error' }>;
  onRetry: () => void;
}) {
  return (
    <div role="alert" className="reader__error">
      <p>The text of this article could not be loaded{body.file ? ` from ${body.file}` : ''}.</p>
      <ul>
        {body.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <button type="button" onClick={onRetry} disabled={body.retrying}>
        Retry
      </button>
    </div>
  );
}

/** The reader. */
export function ArticleReader(props: ArticleReaderProps) {
  const { article, entry, body, claims, selectedClaimId, onClose, onRetry } = props;
  return (
    <article className="reader" aria-labelledby="reader-title">
      {/* scroll-within.ts keeps a scrolled-to quote below this sticky head. */}
      <header className="reader__bar" data-sticky-inset>
        <button type="button" className="reader__back" onClick={onClose}>
          ← All articles
        </button>
        <h3 id="reader-title" className="reader__title" title={article.title}>
          {article.title}
        </h3>
        <p className="reader__meta">
          <span>{article.outlet ?? 'Unknown outlet'}</span>
          {' · '}
          <ArticleDate article={article} />
          {article.author && <span> · {article.author}</span>}
          {article.url && ' · '}
          <SourceLink url={article.url} />
        </p>
      </header>
      {/* Spelled out under the head as well as in the badge: a touch screen shows no hover title. */}
      {plainDateReason(article) && <p className="reader__date-note">{plainDateReason(article)}</p>}
      {entry && (
        <p className="reader__entry-heading">
          Live entry, {formatInstant(entry.publishedAt)}: {entry.headline}
        </p>
      )}
      {body.status === 'loading' && (
        <p className="reader__loading" aria-busy="true">
          Loading the article text…
        </p>
      )}
      {body.status === 'error' && <BodyError body={body} onRetry={onRetry} />}
      {body.status === 'ready' && (
        <ReaderChunks
          text={body.body.text}
          mentions={body.body.mentions}
          claims={claims}
          selectedClaimId={selectedClaimId}
          focus={entry ? { start: entry.start, end: entry.end } : null}
          hits={props.hits}
          describeMention={props.describeMention}
          describeClaim={props.describeClaim}
          onSelectClaim={props.onSelectClaim}
        />
      )}
      {props.claimTools}
    </article>
  );
}
