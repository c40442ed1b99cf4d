/** An article's date with a badge when it was inferred or is unknown, the reason spelled out in plain words. */
import type { Article } from '../../domain/schema';
import { plainDateReason } from './date-reason';
import { formatDay } from './format';

/** Props: the article's dating, and optionally a more precise label (a live entry's time). */
export interface ArticleDateProps {
  article: Pick<Article, 'date' | 'dateSource' | 'dateReason'>;
  label?: string;
}

/** The date text and, for inferred or unknown dates, a badge whose tooltip and hidden text give the reason. */
export function ArticleDate({ article, label }: ArticleDateProps) {
  const text = label ?? (article.date ? formatDay(article.date) : 'Undated');
  const reason = plainDateReason(article);
  return (
    <span className="article-date">
      {article.date ? <time dateTime={article.date}>{text}</time> : text}
      {reason && (
        <span className="badge" title={reason}>
          {article.dateSource === 'inferred' ? 'inferred' : 'date unknown'}
          <span className="visually-hidden">: {reason}</span>
        </span>
      )}
    </span>
  );
}
