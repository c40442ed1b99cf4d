/**
 * The per-file report being built during ingest: every input file gets exactly one entry, ok unless it
 * collected a note (warning) or was rejected with a reason.
 */
import { reportOf } from '../domain/report-summary';
import type { FileReport, Report } from '../domain/schema';
import { byString } from './refine/assemble';

/** Collects notes per file and produces the dataset's `report`. */
export class ReportBuilder {
  private byFile = new Map<string, FileReport & { rejected: boolean }>();

  /** Registers a file (every input file must be added once). */
  add(file: string): void {
    this.byFile.set(file, { file, status: 'ok', messages: [], articleId: null, rejected: false });
  }

  /** Adds notes to a file; any note makes it a warning. */
  note(file: string, ...messages: string[]): void {
    this.byFile.get(file)?.messages.push(...messages);
  }

  /** Marks a file rejected; the reason comes first among its messages. */
  reject(file: string, reason: string): void {
    const report = this.byFile.get(file);
    if (report)
      Object.assign(report, { rejected: true, articleId: null, messages: [reason, ...report.messages] });
  }

  /** Links a file to the article that stands for it. */
  link(file: string, articleId: string): void {
    const report = this.byFile.get(file);
    if (report && !report.rejected) report.articleId = articleId;
  }

  /** The report, sorted by file, with summary counts that add up. */
  done(): Report {
    const files = [...this.byFile.values()]
      .map(({ rejected, ...r }): FileReport => ({
        ...r,
        status: rejected ? 'rejected' : r.messages.length ? 'warning' : 'ok',
      }))
      .sort((a, b) => byString(a.file, b.file));
    return reportOf(files);
  }
}
