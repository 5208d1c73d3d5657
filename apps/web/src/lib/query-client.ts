import { QueryClient } from '@tanstack/react-query';
import { isApiError, NETWORK_ERROR_STATUS } from './api-error';

const MAX_RETRIES = 2;

/** 4xx answers will not change by asking again; network errors and 5xx may. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status !== NETWORK_ERROR_STATUS && error.status < 500) {
    return false;
  }
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
        retry: shouldRetry,
      },
      mutations: { retry: false },
    },
  });
}

/** The app's one client; tests create their own with `createQueryClient()`. */
export const queryClient = createQueryClient();
