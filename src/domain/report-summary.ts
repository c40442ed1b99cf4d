/** A dataset's per-file report with the summary counts that add up (read = ok + warning + rejected). */
import type { FileReport, Report } from './schema';

/** The report of `files`, in their order, with its summary. */
export function reportOf(files: FileReport[]): Report {
  const count = (status: FileReport['status']) => files.filter((f) => f.status === status).length;
  return {
    files,
    summary: { read: files.length, ok: count('ok'), warning: count('warning'), rejected: count('rejected') },
  };
}
