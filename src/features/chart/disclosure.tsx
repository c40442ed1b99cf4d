import { useId, useState, type ReactNode } from 'react';

/** Props: the toggle's text and what it shows when expanded. */
export interface DisclosureProps {
  label: string;
  initiallyOpen?: boolean;
  children: ReactNode;
}

/** A button that shows or hides its content (long lists stay out of the way of the plot until asked for). */
export function Disclosure({ label, initiallyOpen = false, children }: DisclosureProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return (
    <div className="chart-disclosure">
      <button
        type="button"
        className="chart-disclosure__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div id={id} hidden={!open} className="chart-disclosure__content">
        {open && children}
      </div>
    </div>
  );
}
