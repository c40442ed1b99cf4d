import { createContext } from 'react';

/** Which mark is selected and which is hovered or focused. */
export interface MarkEmphasis {
  selectedMarkId: string | null;
  activeMarkId: string | null;
}

/**
 * The emphasis, handed to the marks layer past the Recharts tree: a selection or a hover then re-renders the
 * layer (and two of its marks), not the chart, its axes and its store selectors.
 */
export const MarkEmphasisContext = createContext<MarkEmphasis>({ selectedMarkId: null, activeMarkId: null });
