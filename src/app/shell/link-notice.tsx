/** Says when the link names articles, claims or filter values the loaded dataset lacks; the view shows the rest. */
import { useMemo, useState } from 'react';
import { useDataset } from '../../data/hooks';
import { linkMisses, linkMissesText } from '../../url-state/link-misses';
import { useViewState } from '../hooks/use-view-state';

/** The notice, until closed; nothing when the link is whole. */
export function LinkNotice() {
  const { index } = useDataset();
  const [raw] = useViewState();
  const [closed, setClosed] = useState<string | null>(null);
  const text = useMemo(() => {
    const misses = linkMisses(raw, index);
    return misses ? linkMissesText(misses) : null;
  }, [raw, index]);
  if (!text || closed === text) return null;
  return (
    <section className="notice notice--row" aria-label="Link notice">
      <p>{text}</p>
      <button type="button" onClick={() => setClosed(text)}>
        Close
      </button>
    </section>
  );
}
