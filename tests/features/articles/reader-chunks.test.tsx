import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Claim, Mention } from '../../../src/domain/schema';
import { ReaderChunks } from '../../../src/features/articles/reader-chunks';
import { CHUNK, initialWindow } from '../../../src/features/articles/reader-window';

vi.mock('../../../src/features/articles/scroll-within', () => ({ centreInPanel: vi.fn() }));

// A body far longer than one chunk: numbered lines so each part can be recognised.
const lines = Array.from({ length: 6_000 }, (_, i) => `Line ${i} says Putin spoke again.`);
const text = lines.join('\n');
const at = (i: number) => text.indexOf(`Line ${i} `);
const mentions: Mention[] = lines.map((_, i) => ({
  kind: 'actor',
  refId: 'putin',
  start: at(i) + `Line ${i} says `.length,
  end: at(i) + `Line ${i} says Putin`.length,
}));
const claim = { id: 'c1', valueSpan: { start: at(5000), end: at(5000) + 4 } } as Claim;

function renderChunks(selected: string | null) {
  const claims = selected ? [{ ...claim, quote: { ...claim.valueSpan, text: 'Line' } } as Claim] : [];
  return render(
    <ReaderChunks
      text={text}
      mentions={mentions}
      claims={claims}
      selectedClaimId={selected}
      focus={null}
      describeMention={() => 'Putin'}
      describeClaim={() => 'claim'}
      onSelectClaim={() => {}}
    />,
  );
}

describe('ReaderChunks', () => {
  it('renders a long body one chunk at a time, with Show more for the rest', async () => {
    const { container } = renderChunks(null);
    const shown = container.querySelector('.reader__text')!.textContent!;
    expect(shown.length).toBeLessThanOrEqual(CHUNK + 2_000);
    expect(shown.startsWith('Line 0 says')).toBe(true);
    expect(container.querySelectorAll('.reader__mention').length).toBeLessThan(mentions.length / 4);
    expect(screen.queryByRole('button', { name: /Show earlier/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /Show more \([\d,]+ characters left\)/ }));
    expect(container.querySelector('.reader__text')!.textContent!.length).toBeGreaterThan(shown.length);
  });

  it('opens around the selected claim, far into the body, and can show the text before it', async () => {
    const { container } = renderChunks('c1');
    expect(container.querySelector('mark')).toHaveTextContent('Line');
    const shown = container.querySelector('.reader__text')!.textContent!;
    expect(shown).toContain('Line 5000 says');
    expect(shown).not.toContain('Line 0 says');
    await userEvent.click(screen.getByRole('button', { name: /Show earlier text/ }));
    expect(container.querySelector('.reader__text')!.textContent!.length).toBeGreaterThan(shown.length);
  });

  it('shows a short body whole, and never cuts a line', () => {
    expect(initialWindow('Short text.', null)).toEqual({ start: 0, end: 11 });
    const window = initialWindow(text, { start: at(3000), end: at(3000) + 4 });
    expect(text.charAt(window.start - 1)).toBe('\n');
    expect(['\n', undefined, '']).toContain(text.charAt(window.end));
  });
});
