/** One run of the in-browser ingest at a time: its progress, then its report or why it failed. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AddInput, AddProgress } from '../../data/local/add-input';
import type { Dataset } from '../../domain/schema';

/** Where the run is. */
export type JobState =
  | { status: 'idle' }
  | { status: 'running'; files: number; progress: AddProgress | null }
  | { status: 'done'; result: Dataset }
  | { status: 'failed'; message: string };

/** Reads chosen or dropped files into inputs (their bytes; the worker decodes them). */
export async function filesToInputs(files: readonly File[]): Promise<AddInput[]> {
  return Promise.all(
    files.map(async (file) => ({ kind: 'file' as const, name: file.name, bytes: await file.arrayBuffer() })),
  );
}

/** The run's state, `start` (ignored while one runs) and `cancel`. */
export function useAddJob() {
  const client = useQueryClient();
  const [state, setState] = useState<JobState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    async (inputs: AddInput[]) => {
      if (running.current || inputs.length === 0) return;
      const controller = new AbortController();
      running.current = controller;
      const files = inputs.length;
      setState({ status: 'running', files, progress: null });
      try {
        const { runAdd } = await import('../../data/local/run-add');
        const result = await runAdd(client, inputs, {
          signal: controller.signal,
          onProgress: (progress) => {
            if (!controller.signal.aborted) setState({ status: 'running', files, progress });
          },
        });
        setState({ status: 'done', result });
      } catch (error) {
        setState(
          controller.signal.aborted
            ? { status: 'idle' }
            : { status: 'failed', message: error instanceof Error ? error.message : String(error) },
        );
      } finally {
        running.current = null;
      }
    },
    [client],
  );
  const cancel = useCallback(() => running.current?.abort(), []);
  return { state, start, cancel };
}
