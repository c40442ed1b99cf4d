import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Props: the point it describes (plot pixels), the plot's size, and its content. */
export interface ChartTooltipProps {
  id: string;
  x: number;
  y: number;
  plotWidth: number;
  plotHeight: number;
  children: ReactNode;
}

/** Room kept between the tooltip and the screen's edges. */
const EDGE = 8;

/**
 * A tooltip beside its point, away from it and kept inside the viewport: it first goes left of a point on the
 * plot's right half and above one on its lower half, then, once laid out, shifts by whatever still sticks out.
 */
export function ChartTooltip({ id, x, y, plotWidth, plotHeight, children }: ChartTooltipProps) {
  const box = useRef<HTMLDivElement>(null);
  const [shift, setShift] = useState({ x: 0, y: 0, at: '' });
  const at = `${x},${y}`;
  // Measured after layout (the text decides the size); the first paint is hidden until the shift is known.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.style.translate = '';
    const rect = el.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const height = window.innerHeight;
    const dx =
      rect.left < EDGE ? EDGE - rect.left : rect.right > width - EDGE ? width - EDGE - rect.right : 0;
    const dy =
      rect.top < EDGE ? EDGE - rect.top : rect.bottom > height - EDGE ? height - EDGE - rect.bottom : 0;
    setShift({ x: dx, y: dy, at });
  }, [at]);
  const ready = shift.at === at;
  return (
    <div
      ref={box}
      id={id}
      role="tooltip"
      className="chart-tooltip"
      style={{
        left: x,
        top: y,
        transform: `translate(${x > plotWidth / 2 ? 'calc(-100% - 12px)' : '12px'}, ${
          y > plotHeight / 2 ? 'calc(-100% - 8px)' : '8px'
        })`,
        translate: ready ? `${shift.x}px ${shift.y}px` : undefined,
        visibility: ready ? 'visible' : 'hidden',
      }}
    >
      {children}
    </div>
  );
}
