/**
 * A progress bar for long ingests, drawn on stderr only when stderr is a terminal (logs and pipes get no
 * carriage-return noise) and only for corpora big enough to take a while.
 */

/** Corpora with more files than this show a progress bar. */
export const PROGRESS_THRESHOLD = 36;

/** The bar as text: `[#####.....]  50% 500/1000 files`. */
export function renderBar(done: number, total: number, width = 30): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  const percent = String(Math.round(share * 100)).padStart(3);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% ${done}/${total} files`;
}

/** A progress sink: call with (done, total) as work advances, then `end()`. */
export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

/** A bar on `stream` when it is a terminal and `total` exceeds the threshold; otherwise silent. */
export function progressBar(stream: NodeJS.WriteStream, total: number): Progress {
  if (!stream.isTTY || total <= PROGRESS_THRESHOLD) return { update: () => undefined, end: () => undefined };
  let last = -1;
  return {
    update(done, all) {
      const step = Math.floor((done / Math.max(all, 1)) * 100);
      if (step === last) return;
      last = step;
      stream.write(`\r${renderBar(done, all)}`);
    },
    end() {
      stream.write('\n');
    },
  };
}
