/**
 * The loaded dashboard: header with the Filters group, a notice for skipped rows, and the three panes —
 * side by side on a desktop, one at a time behind tabs on a phone (the chosen pane is in the URL).
 */
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Skipped } from '../../domain/validate';
import { AddArticles } from '../../features/add-articles/add-articles-button';
import type { Pane } from '../../url-state/view-state';
import { FiltersBar } from '../filters-bar';
import { PHONE_QUERY, useMediaQuery } from '../hooks/use-media-query';
import { useView, useVisibleState } from '../hooks/use-view';
import { ArticlesPane } from '../panes/articles-pane';
import { ChartPane } from '../panes/chart-pane';
import { MapPane } from '../panes/map-pane';
import { SearchReviewBar } from '../search-review-bar';
import { AboutData } from './about-data';
import { ClaimSheet } from './claim-sheet';
import { Credits } from './credits';
import { LinkNotice } from './link-notice';
import { LocalNotice } from './local-notice';
import { PaneBoundary } from './pane-boundary';
import { SkippedNotice } from './skipped-notice';

const PANES: { pane: Pane; name: string; render: () => ReactNode }[] = [
  { pane: 'map', name: 'Map', render: () => <MapPane /> },
  { pane: 'chart', name: 'Troop numbers', render: () => <ChartPane /> },
  { pane: 'articles', name: 'Articles', render: () => <ArticlesPane /> },
];

function PhonePanes() {
  const [view, update] = useView();
  const { updating } = useVisibleState();
  // The claim whose sheet was closed: selecting another one opens the sheet again.
  const [closedFor, setClosedFor] = useState<string | null>(null);
  const active = PANES.find((p) => p.pane === view.pane) ?? PANES[0]!;
  const sheet = view.claim && active.pane !== 'articles' && closedFor !== view.claim ? view.claim : null;
  const move = (event: KeyboardEvent, at: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = PANES[(at + step + PANES.length) % PANES.length]!;
    update({ pane: next.pane });
    document.getElementById(`tab-${next.pane}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label="Views" className="tabs">
        {PANES.map((p, at) => (
          <button
            key={p.pane}
            id={`tab-${p.pane}`}
            type="button"
            role="tab"
            aria-selected={p === active}
            aria-controls={`panel-${p.pane}`}
            tabIndex={p === active ? 0 : -1}
            onClick={() => update({ pane: p.pane })}
            onKeyDown={(event) => move(event, at)}
          >
            {p.name}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${active.pane}`}
        aria-labelledby={`tab-${active.pane}`}
        aria-busy={updating}
        className="tabpanel"
      >
        <PaneBoundary key={active.pane} name={active.name}>
          {active.render()}
        </PaneBoundary>
      </div>
      {sheet && (
        <ClaimSheet
          claimId={sheet}
          onOpenArticle={() => update({ pane: 'articles' })}
          onClose={() => setClosedFor(sheet)}
        />
      )}
    </>
  );
}

function DesktopPanes() {
  const { updating } = useVisibleState();
  return (
    <div className="panes" aria-busy={updating}>
      {PANES.map((p) => (
        <div key={p.pane} className={`panes__${p.pane}`}>
          <PaneBoundary name={p.name}>{p.render()}</PaneBoundary>
        </div>
      ))}
    </div>
  );
}

/** The layout. */
export function DashboardLayout({ skipped }: { skipped: readonly Skipped[] }) {
  const phone = useMediaQuery(PHONE_QUERY);
  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">Crisis Ledger</h1>
        <FiltersBar />
        <SearchReviewBar />
        <AddArticles />
        <AboutData />
      </header>
      <main className="app__main">
        <LocalNotice />
        <LinkNotice />
        <SkippedNotice skipped={skipped} />
        {phone ? <PhonePanes /> : <DesktopPanes />}
      </main>
      <Credits />
    </div>
  );
}
