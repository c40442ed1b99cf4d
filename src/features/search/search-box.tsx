/** The "Search articles" box: typed words go to the URL (`q`), and a status line says what they match. */
import './search.css';
import { PREFIX_FROM } from './search-words';
import type { SearchState } from './use-search';

/** Props: the query, the search's state, and where a change goes. */
export interface SearchBoxProps {
  query: string;
  search: SearchState;
  /** How many articles match after the other filters too. */
  matching: number;
  /** The rows shown (and `matching`) still lag the query: busy until they catch up, as while the index answers. */
  updating?: boolean;
  onChange: (query: string) => void;
}

function statusText({ search, matching }: SearchBoxProps): string {
  if (search.status === 'off') return '';
  if (search.status === 'loading') return 'Loading the search index…';
  if (search.status === 'error') return `Search is not available: ${search.problem ?? ''}`;
  if (!search.result) return 'Searching…';
  const left = search.result.left;
  const leftOut = left
    ? `“${left}” is no word in the texts; from ${PREFIX_FROM} letters, the words it begins match`
    : '';
  if (search.result.ranked === null) return leftOut;
  const found =
    matching === 0
      ? 'No article matches the search and filters'
      : `${matching.toLocaleString('en-US')} matching article${matching === 1 ? '' : 's'}, best first`;
  return leftOut ? `${found}. Left out: ${leftOut}` : found;
}

/** The box. Escape clears it. */
export function SearchBox(props: SearchBoxProps) {
  const { query, search, onChange, updating = false } = props;
  return (
    <div className="search" role="search" aria-busy={search.pending || updating}>
      <input
        type="search"
        className="search__input"
        aria-label="Search articles"
        placeholder="Search articles"
        value={query}
        maxLength={200}
        onFocus={search.warm}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query) {
            event.preventDefault();
            onChange('');
          }
        }}
      />
      <p className="search__status" role="status">
        {statusText(props)}
      </p>
    </div>
  );
}
