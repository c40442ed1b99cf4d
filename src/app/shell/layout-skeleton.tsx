/** What shows while the dataset loads: the layout's outline, so nothing jumps when the panes arrive. */
const PANES = [
  ['Map', 'panes__map'],
  ['Troop numbers', 'panes__chart'],
  ['Articles', 'panes__articles'],
] as const;

/** The skeleton; each pane placeholder is busy until the data is in. */
export function LayoutSkeleton() {
  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">Crisis Ledger</h1>
        <p className="app__loading" role="status">
          Loading the dataset…
        </p>
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
