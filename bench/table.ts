/** The benchmark's one table: each figure per corpus size, beside its budget, with PASS or FAIL at the largest size. */

/** One row: a label, a value per size, and an optional budget test applied to the largest size. */
export interface Row {
  label: string;
  values: (number | null)[];
  format: (value: number) => string;
  budget?: { text: string; ok: (value: number) => boolean };
}

/** Renders rows as a Markdown table with one column per corpus size. */
export function renderTable(sizes: number[], rows: Row[]): string {
  const head = [
    'figure',
    ...sizes.map((size) => `${size.toLocaleString('en-GB')} articles`),
    'budget',
    'status',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of rows) {
    const cells = row.values.map((value) => (value === null ? 'n/a' : row.format(value)));
    const last = row.values[row.values.length - 1] ?? null;
    const status = row.budget ? (last !== null && row.budget.ok(last) ? 'PASS' : 'FAIL') : '';
    lines.push(`| ${[row.label, ...cells, row.budget?.text ?? '', status].join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Number formatters for the table. */
export const fmt = {
  ms: (value: number) => `${Math.round(value)} ms`,
  s: (value: number) => `${value.toFixed(1)} s`,
  mb: (value: number) => `${(value / 1e6).toFixed(1)} MB`,
  kb: (value: number) => `${(value / 1024).toFixed(0)} KB`,
  int: (value: number) => Math.round(value).toLocaleString('en-GB'),
  rate: (value: number) => value.toFixed(1),
  ratio: (value: number) => `${value.toFixed(1)}x`,
};
