/**
 * CPU time of one thread, read from Linux's /proc, so the per-file time budget counts the work a file costs
 * and not the time other programs hold the cores (on a busy shared machine wall time can be several times
 * longer). Elsewhere there is no such file and the budget falls back to wall time.
 */
import { readFileSync, readlinkSync } from 'node:fs';

/** Clock ticks per second of /proc times (USER_HZ, 100 on every Linux architecture Node supports). */
const TICKS_PER_SECOND = 100;

/** The /proc stat file of the calling thread, or null when there is none (not Linux). */
export function ownThreadStat(): string | null {
  try {
    return `/proc/${readlinkSync('/proc/thread-self')}/stat`;
  } catch {
    return null;
  }
}

/** CPU milliseconds (user + system) a thread has used, from its stat file; null when it cannot be read. */
export function threadCpuMs(statFile: string): number | null {
  try {
    const stat = readFileSync(statFile, 'utf8');
    // Fields after the command name, which is in parentheses and may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
