/** The app's TanStack Query client. */
import { QueryClient } from '@tanstack/react-query';

/** A client whose failed loads surface at once (the panels offer Retry) instead of retrying silently. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
}
