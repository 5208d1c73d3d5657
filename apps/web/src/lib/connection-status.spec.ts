import { ApiError } from './api-error';
import { apiRequest } from './api-client';
import {
  connectionState,
  resetConnectionState,
  setConnectionRestoredHandler,
} from './connection-status';
import { shouldRetry } from './query-client';

function answer(statusCode: number, body: unknown = {}): Response {
  return new Response(JSON.stringify(body), {
    status: statusCode,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('connection status', () => {
  const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit?]>();
  beforeEach(() => {
    jest.useFakeTimers();
    resetConnectionState();
    fetchMock.mockReset();
    globalThis.fetch = fetchMock;
  });
  afterEach(() => jest.useRealTimers());

  it('goes lost on a 503 or no answer, and back online on the next real answer', async () => {
    const restored = jest.fn();
    setConnectionRestoredHandler(restored);
    fetchMock.mockResolvedValueOnce(
      answer(503, {
        statusCode: 503,
        error: 'Service Unavailable',
        code: 'SERVICE_UNAVAILABLE',
        message: 'x',
      }),
    );
    await expect(apiRequest('/things')).rejects.toBeInstanceOf(ApiError);
    expect(connectionState()).toBe('lost');
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(apiRequest('/things')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(connectionState()).toBe('lost');
    expect(restored).not.toHaveBeenCalled();

    fetchMock.mockResolvedValueOnce(answer(200, { ok: true }));
    await expect(apiRequest('/things')).resolves.toEqual({ ok: true });
    expect(connectionState()).toBe('online');
    expect(restored).toHaveBeenCalledTimes(1);
  });

  it('probes the health endpoint while lost, with growing pauses, until it answers', async () => {
    const restored = jest.fn();
    setConnectionRestoredHandler(restored);
    fetchMock.mockResolvedValueOnce(answer(503, { message: 'x' }));
    await expect(apiRequest('/things')).rejects.toBeInstanceOf(ApiError);

    fetchMock.mockResolvedValueOnce(answer(503, { message: 'x' }));
    await jest.advanceTimersByTimeAsync(2_000);
    expect(fetchMock).toHaveBeenLastCalledWith('/api/health', expect.anything());
    expect(restored).not.toHaveBeenCalled();

    fetchMock.mockResolvedValueOnce(answer(200, { status: 'ok', db: 'up' }));
    await jest.advanceTimersByTimeAsync(4_000);
    expect(restored).toHaveBeenCalledTimes(1);
    expect(connectionState()).toBe('online');
  });
});

describe('retries', () => {
  const unavailable = new ApiError({
    statusCode: 503,
    error: 'Service Unavailable',
    code: 'SERVICE_UNAVAILABLE',
    message: 'x',
  });
  const bug = new ApiError({ statusCode: 500, error: 'x', code: 'INTERNAL_ERROR', message: 'x' });
  const invalid = new ApiError({
    statusCode: 400,
    error: 'x',
    code: 'VALIDATION_FAILED',
    message: 'x',
  });

  it('waits out a lost connection much longer than a server error, and never retries a 4xx', () => {
    expect(shouldRetry(5, unavailable)).toBe(true);
    expect(shouldRetry(12, unavailable)).toBe(false);
    expect(shouldRetry(1, bug)).toBe(true);
    expect(shouldRetry(2, bug)).toBe(false);
    expect(shouldRetry(0, invalid)).toBe(false);
  });
});
