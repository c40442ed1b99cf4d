/**
 * Dated happenings: sentences with an event trigger, dated from the sentence or the entry/article date.
 */
import type { Day } from '../../domain/schema';
import type { EventDraft, ParsedDoc, Recognised } from '../types';

/** Finds events reported in a document. */
export function extractEvents(_doc: ParsedDoc, _found: Recognised, _day: Day | null): EventDraft[] {
  return [];
}
