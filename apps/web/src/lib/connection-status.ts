import { useSyncExternalStore } from 'react';

/**
 * Whether the API is reachable: it goes "lost" when a request gets no answer or a 503 (the API
 * cannot reach its database) and "online" again on the next answer that is not. The app shows a
 * calm notice meanwhile instead of an error per request; see ConnectionNotice.
 */
export type ConnectionState = 'online' | 'lost';

const PROBE_FIRST_MS = 2_000;
const PROBE_MAX_MS = 15_000;

let state: ConnectionState = 'online';
const listeners = new Set<() => void>();
let probeTimer: ReturnType<typeof setTimeout> | null = null;
let onRestored: () => void = () => undefined;

function set(next: ConnectionState): void {
  if (state === next) return;
  state = next;
  for (const listener of listeners) listener();
}

/** What to do when the connection is back (the query client refetches what failed). */
export function setConnectionRestoredHandler(handler: () => void): void {
  onRestored = handler;
}

export function reportConnectionLost(): void {
  if (state === 'lost') return;
  set('lost');
  scheduleProbe(PROBE_FIRST_MS);
}

export function reportConnectionOk(): void {
  if (state === 'online') return;
  if (probeTimer) clearTimeout(probeTimer);
  probeTimer = null;
  set('online');
  onRestored();
}

/**
 * While lost, ask the health endpoint with growing pauses, so the notice goes away even when the
 * page has nothing left to retry (e.g. only a save failed).
 */
function scheduleProbe(delayMs: number): void {
  probeTimer = setTimeout(() => {
    fetch('/api/health', { headers: { Accept: 'application/json' } }).then(
      (response) =>
        response.ok ? reportConnectionOk() : scheduleProbe(Math.min(delayMs * 2, PROBE_MAX_MS)),
      () => scheduleProbe(Math.min(delayMs * 2, PROBE_MAX_MS)),
    );
  }, delayMs);
}

export function connectionState(): ConnectionState {
  return state;
}

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, connectionState);
}

/** For tests: back to a fresh start. */
export function resetConnectionState(): void {
  if (probeTimer) clearTimeout(probeTimer);
  probeTimer = null;
  state = 'online';
}
