import { ApiError, networkError, toErrorResponse } from './api-error';
import { reportConnectionLost, reportConnectionOk } from './connection-status';
import { buildLoginPath, isLoginPath } from './login-path';
import { queryClient } from './query-client';

const API_PREFIX = '/api';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /**
   * A 401 normally means the session expired: the cache is cleared and the user is sent to the
   * login page. Login and "who am I" answer 401 as a normal outcome, so they opt out.
   */
  redirectOnUnauthorized?: boolean;
}

/** How the client learns where the user is and sends them elsewhere. */
export interface ApiNavigator {
  currentPath: () => string;
  navigate: (to: string) => unknown;
}

let navigator: ApiNavigator = {
  currentPath: () => `${window.location.pathname}${window.location.search}${window.location.hash}`,
  navigate: (to) => window.location.assign(to),
};
let sessionExpiryInProgress = false;

/** Lets the router take over, so a session expiry navigates inside the app instead of reloading. */
export function setApiNavigator(appNavigator: ApiNavigator): void {
  navigator = appNavigator;
}

async function handleSessionExpired(): Promise<void> {
  const current = navigator.currentPath();
  // Parallel requests all fail with 401 at once; send the user to the login page only once.
  if (sessionExpiryInProgress || isLoginPath(current.split(/[?#]/)[0])) return;
  sessionExpiryInProgress = true;
  try {
    // Navigate first: clearing first would make the still-mounted page refetch and fail again.
    await navigator.navigate(buildLoginPath(current));
    queryClient.clear();
  } finally {
    sessionExpiryInProgress = false;
  }
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_PREFIX}${path}${qs ? `?${qs}` : ''}`;
}

function parseRetryAfter(response: Response): number | null {
  const seconds = Number(response.headers.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = await readBody(response);
  return new ApiError(toErrorResponse(response.status, response.statusText, body), {
    retryAfterSeconds: parseRetryAfter(response),
  });
}

/** Calls `/api{path}` with the session cookie and JSON; resolves the JSON body or throws `ApiError`. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal, redirectOnUnauthorized = true } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    reportConnectionLost();
    throw networkError(error);
  }
  // 503: the API is up but cannot reach its database; anything else means the connection works.
  if (response.status === 503) reportConnectionLost();
  else reportConnectionOk();

  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && redirectOnUnauthorized) void handleSessionExpired();
    throw error;
  }
  return (await readBody(response)) as T;
}

type BodylessOptions = Omit<RequestOptions, 'method' | 'body'>;

export const api = {
  get: <T>(path: string, options?: BodylessOptions) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: BodylessOptions) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  patch: <T>(path: string, body: unknown, options?: BodylessOptions) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T = void>(path: string, options?: BodylessOptions) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
