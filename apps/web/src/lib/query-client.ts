import { QueryClient } from '@tanstack/react-query';
import { isApiError, NETWORK_ERROR_STATUS } from './api-error';
import { setConnectionRestoredHandler } from './connection-status';

const MAX_RETRIES = 2;
/** A lost connection (no answer, or 503) is worth waiting out for a few minutes. */
const MAX_RETRIES_WHILE_LOST = 12;

const isConnectionLoss = (error: unknown) =>
  isApiError(error) && (error.status === NETWORK_ERROR_STATUS || error.status === 503);

/** 4xx answers will not change by asking again; network errors and 5xx may. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isConnectionLoss(error)) return failureCount < MAX_RETRIES_WHILE_LOST;
  if (isApiError(error) && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Coalition data changes at the pace of meetings, not seconds: a short staleTime avoids
        // refetching on every navigation while window-focus refetch keeps tabs reasonably fresh.
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        // TanStack's default back-off between tries: 1 s, 2 s, 4 s, … up to 30 s.
        retry: shouldRetry,
      },
      mutations: { retry: false },
    },
  });
}

/** The app's one client; tests create their own with `createQueryClient()`. */
export const queryClient = createQueryClient();

// Back online: what gave up meanwhile loads again, without a reload (forms keep their input).
setConnectionRestoredHandler(() => {
  void queryClient.refetchQueries({ type: 'active', predicate: (q) => q.state.status === 'error' });
});
