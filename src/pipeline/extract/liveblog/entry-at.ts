/** Live entries by offset, found by binary search so a page of tens of thousands of entries stays linear. */
import type { Entry } from '../../../domain/schema';

/** The index of the last item (an entry, a name hit) that starts at or before `offset` (items sorted by
 *  start), or -1. */
export function entryIndexAt(entries: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entries[mid]!.start <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** The entry whose span holds `offset`, or null (text before the first entry, or between entries). */
export function entryAt(entries: readonly Entry[], offset: number): Entry | null {
  const entry = entries[entryIndexAt(entries, offset)];
  return entry && offset < entry.end ? entry : null;
}
