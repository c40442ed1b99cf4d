/** Placeholder shell until the dashboard lands. */
export function App() {
  return <main>Crisis Ledger</main>;
}
