/**
 * The reviews made in this browser: kept in localStorage at once (so a reload keeps them), with the previous
 * states of this session for Undo. A stored list that cannot be read is set aside under a backup key, never
 * overwritten, and reported.
 */
import { parseReviewsFile, reviewsFileOf, type Review } from '../../domain/reviews';

/** The localStorage key of the reviews, in the `reviews.json` format. */
export const STORAGE_KEY = 'crisis-ledger.reviews';
const BACKUP_KEY = `${STORAGE_KEY}.unreadable`;
const HISTORY = 50;

/** What the store holds. */
export interface ReviewStoreState {
  reviews: readonly Review[];
  /** A sentence about the last change, for the status line; null before any. */
  lastAction: string | null;
  canUndo: boolean;
  /** Why the stored reviews could not be read or saved, or null. */
  problem: string | null;
}

type Listener = () => void;

/** A small external store for `useSyncExternalStore`; one per page. */
export class ReviewStore {
  private state: ReviewStoreState;
  private readonly history: { reviews: readonly Review[]; action: string }[] = [];
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: Storage | null) {
    this.state = { reviews: [], lastAction: null, canUndo: false, problem: null };
    this.state = { ...this.state, ...this.load() };
  }

  private load(): Partial<ReviewStoreState> {
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(STORAGE_KEY) ?? null;
      if (raw === null) return {};
      const parsed = parseReviewsFile(JSON.parse(raw));
      if (parsed.ok) return { reviews: parsed.reviews };
      this.storage?.setItem(BACKUP_KEY, raw);
      return { problem: `Saved reviews could not be read (${parsed.problems[0]}); they were kept aside.` };
    } catch {
      if (raw !== null) this.storage?.setItem(BACKUP_KEY, raw);
      return { problem: 'Saved reviews could not be read; they were kept aside.' };
    }
  }

  private save(reviews: readonly Review[]): string | null {
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(reviewsFileOf(reviews)));
      return null;
    } catch {
      return 'Reviews could not be saved in this browser (storage is full or blocked); export them now.';
    }
  }

  private set(reviews: readonly Review[], lastAction: string | null): void {
    const problem = this.save(reviews);
    this.state = { reviews, lastAction, canUndo: this.history.length > 0, problem };
    for (const listener of this.listeners) listener();
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current state (the same object until something changes). */
  getSnapshot = (): ReviewStoreState => this.state;

  /** Records a review, replacing any earlier one of the same claim. */
  record(review: Review, action: string): void {
    this.history.push({ reviews: this.state.reviews, action });
    if (this.history.length > HISTORY) this.history.shift();
    const rest = this.state.reviews.filter((r) => r.claimId !== review.claimId);
    this.set([...rest, review], action);
  }

  /** Restores the reviews as they were before the last action. */
  undo(): void {
    const previous = this.history.pop();
    if (previous) this.set(previous.reviews, `Undone: ${previous.action}`);
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // A browser that blocks storage still lets the analyst review; Export reviews keeps the work.
    return null;
  }
}

let shared: ReviewStore | null = null;

/** The page's store, created on first use. */
export function reviewStore(): ReviewStore {
  shared ??= new ReviewStore(browserStorage());
  return shared;
}

/** Replaces the page's store (tests start each case from a fresh one). */
export function resetReviewStore(store: ReviewStore | null = null): void {
  shared = store;
}
