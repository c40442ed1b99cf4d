import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoadError } from '../../src/app/shell/load-error';
import { PaneBoundary } from '../../src/app/shell/pane-boundary';
import { SkippedNotice } from '../../src/app/shell/skipped-notice';
import { DataLoadError } from '../../src/data/load-json';

describe('LoadError', () => {
  it('names the file and the problems, and retries', async () => {
    const onRetry = vi.fn();
    const problems = ['schemaVersion: is 2, this app reads version 1', 'a', 'b', 'c', 'd', 'e', 'f'];
    render(
      <LoadError
        error={new DataLoadError('data/dataset.json', problems)}
        retrying={false}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent('File: data/dataset.json');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(5);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('explains an unexpected error too', () => {
    render(<LoadError error={new TypeError('boom')} retrying onRetry={vi.fn()} />);
    expect(screen.getByRole('alert')).toHaveTextContent('boom');
    expect(screen.getByRole('button', { name: 'Retrying…' })).toBeDisabled();
  });
});

describe('SkippedNotice', () => {
  it('counts skipped rows per collection, with reasons', () => {
    render(
      <SkippedNotice
        skipped={[
          { collection: 'claims', count: 3, reasons: ['claims[4].valueMin: expected number'] },
          { collection: 'references', count: 1, reasons: ['"a".actorIds: "x" is missing or was skipped'] },
        ]}
      />,
    );
    const notice = screen.getByRole('region', { name: 'Skipped data' });
    expect(notice).toHaveTextContent('3 claims skipped, 1 reference skipped');
    expect(notice).toHaveTextContent('claims[4].valueMin: expected number');
  });

  it('renders nothing when nothing was skipped', () => {
    const { container } = render(<SkippedNotice skipped={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('PaneBoundary', () => {
  it('contains a failing pane and retries it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    function Flaky() {
      if (broken) throw new Error('no canvas');
      return <p>drawn</p>;
    }
    render(
      <PaneBoundary name="Map">
        <Flaky />
      </PaneBoundary>,
    );
    expect(screen.getByRole('region', { name: 'Map' })).toHaveTextContent('The Map view failed: no canvas');
    broken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('drawn')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
