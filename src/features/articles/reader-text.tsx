/**
 * An article body as React text nodes only, with nested highlights: the open live entry, the selected
 * claim's quote (a <mark>), each claim's number as a focusable control, and actor / place mentions.
 */
import { Fragment, useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { runsAt, segmentText, type Highlight, type Segment } from '../../domain/text-segments';
import type { Claim, Mention } from '../../domain/schema';
import { centreInPanel } from './scroll-within';

/** Props: the text, what to highlight, and how to describe and select it. */
export interface ReaderTextProps {
  text: string;
  mentions: readonly Mention[];
  claims: readonly Claim[];
  selectedClaimId: string | null;
  /** The live entry to scroll to when no claim is selected. */
  focus: { start: number; end: number } | null;
  describeMention: (mention: Mention) => string;
  describeClaim: (claim: Claim) => string;
  onSelectClaim: (claimId: string) => void;
  /** The part of the text to render (all of it when absent); highlights outside it are skipped. */
  range?: { start: number; end: number };
  /** Words a search matched (innermost highlight). */
  hits?: readonly { start: number; end: number }[];
}

const ENTRY = 0;
const QUOTE = 1;
const CLAIM = 2;
const MENTION = 3;
const HIT = 5;
const LAYERS = 6;

const NO_HITS: readonly { start: number; end: number }[] = [];

/** Mentions in two layers: one that does not overlap itself, and one for those nested in (or crossing) it. */
function mentionLayers(mentions: readonly Mention[]): Map<Mention, number> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const layers = new Map<Mention, number>();
  const ends = [-1, -1];
  for (const m of sorted) {
    const free = ends.findIndex((end) => end <= m.start);
    const layer = free < 0 ? 1 : free;
    layers.set(m, MENTION + layer);
    ends[layer] = Math.max(ends[layer]!, m.end);
  }
  return layers;
}

/** The body; scrolls the selected quote (or the open entry) into view when it changes. */
export function ReaderText(props: ReaderTextProps) {
  const { text, mentions, claims, selectedClaimId, focus, describeMention, describeClaim, onSelectClaim } =
    props;
  const hits = props.hits ?? NO_HITS;
  const container = useRef<HTMLDivElement>(null);
  const selected = claims.find((c) => c.id === selectedClaimId) ?? null;
  const from = props.range?.start ?? 0;
  const to = props.range?.end ?? text.length;

  const { segments, mentionByKey, claimById } = useMemo(() => {
    // Only what overlaps the shown range, moved to range offsets: a long body renders one part at a time.
    const within = (h: { start: number; end: number }) => h.end > from && h.start < to;
    const highlights: Highlight[] = [];
    const add = (h: Highlight) => {
      if (within(h)) highlights.push({ ...h, start: h.start - from, end: h.end - from });
    };
    if (focus) add({ ...focus, layer: ENTRY, key: 'entry' });
    if (selected) add({ start: selected.quote.start, end: selected.quote.end, layer: QUOTE, key: 'quote' });
    for (const c of claims) add({ ...c.valueSpan, layer: CLAIM, key: c.id });
    const byKey = new Map<string, Mention>();
    for (const [m, layer] of mentionLayers(mentions.filter(within))) {
      const key = `${m.kind}:${m.refId}:${m.start}-${m.end}`;
      byKey.set(key, m);
      add({ start: m.start, end: m.end, layer, key });
    }
    for (const h of hits) highlights.push({ ...h, layer: HIT, key: `hit:${h.start}` });
    return {
      segments: segmentText(to - from, highlights, LAYERS),
      mentionByKey: byKey,
      claimById: new Map(claims.map((c) => [c.id, c])),
    };
  }, [from, to, mentions, claims, selected, focus, hits]);

  // Scroll when the selection or the open entry changes, not when more text is shown around it.
  useEffect(() => {
    const target = container.current?.querySelector<HTMLElement>('[data-scroll-target]');
    if (target) centreInPanel(target);
  }, [text, selected, focus]);

  const activate = (event: KeyboardEvent, claimId: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelectClaim(claimId);
    }
  };

  const wrap = (layer: number, key: string, start: number, children: ReactNode): ReactNode => {
    const id = `${layer}:${start}`;
    if (layer === ENTRY) {
      return (
        <span key={id} className="reader__entry" data-scroll-target={selected ? undefined : true}>
          {children}
        </span>
      );
    }
    if (layer === QUOTE) {
      return (
        <mark key={id} className="reader__quote" data-scroll-target>
          {children}
        </mark>
      );
    }
    if (layer === HIT) {
      return (
        <mark key={id} className="reader__hit">
          {children}
        </mark>
      );
    }
    if (layer === CLAIM) {
      const claim = claimById.get(key);
      return (
        <span
          key={id}
          role="button"
          tabIndex={0}
          className="reader__claim"
          aria-pressed={key === selectedClaimId}
          title={claim ? describeClaim(claim) : undefined}
          onClick={() => onSelectClaim(key)}
          onKeyDown={(event) => activate(event, key)}
        >
          {children}
        </span>
      );
    }
    const mention = mentionByKey.get(key);
    return (
      <span
        key={id}
        className={`reader__mention reader__mention--${mention?.kind ?? 'actor'}`}
        title={mention ? describeMention(mention) : undefined}
      >
        {children}
      </span>
    );
  };

  const render = (parts: readonly Segment[], layer: number): ReactNode[] =>
    runsAt(parts, layer).map((run) => {
      const inner =
        layer + 1 < LAYERS ? render(run.segments, layer + 1) : text.slice(from + run.start, from + run.end);
      if (run.key !== null) return wrap(layer, run.key, from + run.start, inner);
      return <Fragment key={`${layer}:${from + run.start}`}>{inner}</Fragment>;
    });

  return (
    <div ref={container} className="reader__text">
      {render(segments, 0)}
    </div>
  );
}
