/** "Copy link": copies the page address; without the clipboard API, selects it in a field to copy by hand. */
import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'manual';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Props: where the link comes from (the page's address, once any waiting change of the view is in it). */
export interface CopyLinkProps {
  currentLink?: () => string;
}

/** The button, a status line, and the fallback field when the clipboard is out of reach. */
export function CopyLink({ currentLink = () => window.location.href }: CopyLinkProps) {
  const [state, setState] = useState<CopyState>('idle');
  const [href, setHref] = useState('');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state !== 'manual' || !field.current) return;
    field.current.focus();
    field.current.select();
  }, [state]);

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const current = currentLink();
    setHref(current);
    setState((await writeClipboard(current)) ? 'copied' : 'manual');
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copy-link__status">
        {state === 'copied'
          ? 'Link copied'
          : state === 'manual'
            ? 'Link selected: press Ctrl+C (⌘C) to copy it'
            : ''}
      </span>
      {state === 'manual' && (
        <input ref={field} className="copy-link__field" readOnly value={href} aria-label="Link" />
      )}
    </div>
  );
}
