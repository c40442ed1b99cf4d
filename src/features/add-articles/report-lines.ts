/** The per-file report as the CLI words it: a summary line, then each file with its status and reasons. Pure. */
import type { Report } from '../../domain/schema';

/** "Files read: 3 (ok 1, warning 1, rejected 1)". */
export function summaryLine({ summary: s }: Report): string {
  return `Files read: ${s.read} (ok ${s.ok}, warning ${s.warning}, rejected ${s.rejected})`;
}

/** What a file's messages say, or that all went well. */
export function fileLine(messages: readonly string[], status: 'ok' | 'warning' | 'rejected'): string {
  if (messages.length > 0) return messages.join('; ');
  return status === 'ok' ? 'read' : '';
}

/** Rejected files first, then warnings, then the rest, each by name: what needs attention comes first. */
export function reportOrder(report: Report): Report['files'] {
  const rank = { rejected: 0, warning: 1, ok: 2 } as const;
  return [...report.files].sort((a, b) => rank[a.status] - rank[b.status] || a.file.localeCompare(b.file));
}
