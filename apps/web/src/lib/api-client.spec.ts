import { errorResponse, jsonResponse, mockApi } from '../testing/fetch-mock';
import { api, setApiNavigator } from './api-client';
import { ApiError, NETWORK_ERROR_STATUS } from './api-error';
import { queryClient } from './query-client';

const navigate = jest.fn();
let currentPath = '/c/rotterdam/people?q=jan';

beforeEach(() => {
  navigate.mockReset();
  setApiNavigator({ currentPath: () => currentPath, navigate });
});

describe('api client', () => {
  it('sends JSON with the session cookie and resolves the body', async () => {
    const fetchMock = mockApi({
      'PATCH /api/coalitions/c1': () => jsonResponse(200, { id: 'c1' }),
    });

    await expect(api.patch('/coalitions/c1', { version: 3 })).resolves.toEqual({ id: 'c1' });

    expect(fetchMock).toHaveBeenCalledWith('/api/coalitions/c1', {
      method: 'PATCH',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: '{"version":3}',
      credentials: 'same-origin',
      signal: undefined,
    });
  });

  it('leaves out empty query parameters', async () => {
    const fetchMock = mockApi({ 'GET /api/coalitions': () => jsonResponse(200, []) });

    await api.get('/coalitions', { query: { page: 2, q: '', sort: undefined } });

    expect(fetchMock.mock.calls[0][0]).toBe('/api/coalitions?page=2');
  });

  it('resolves undefined for 204 No Content', async () => {
    mockApi({ 'POST /api/auth/logout': () => new Response(null, { status: 204 }) });

    await expect(api.post('/auth/logout')).resolves.toBeUndefined();
  });

  it('throws an ApiError with the field details of a 400', async () => {
    const details = [{ field: 'name', message: 'name must not be empty' }];
    mockApi({ 'POST /api/x': () => errorResponse(400, 'Invalid input', { details }) });

    const error = await api.post('/x', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, message: 'Invalid input', details });
    expect((error as ApiError).fieldMessage('name')).toBe('name must not be empty');
  });

  it('turns a non-JSON error page into an ApiError with the status', async () => {
    mockApi({ 'GET /api/x': () => new Response('<h1>Bad gateway</h1>', { status: 502 }) });

    await expect(api.get('/x')).rejects.toMatchObject({ status: 502 });
  });

  it('reports an unreachable server as a network error', async () => {
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));

    await expect(api.get('/x')).rejects.toMatchObject({ status: NETWORK_ERROR_STATUS });
  });

  it('on a 401 clears the cache and sends the user to log in, remembering the page', async () => {
    queryClient.setQueryData(['anything'], 1);
    mockApi({ 'GET /api/coalitions': () => errorResponse(401, 'Session expired') });

    await expect(api.get('/coalitions')).rejects.toMatchObject({ status: 401 });

    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith('/login?next=%2Fc%2Frotterdam%2Fpeople%3Fq%3Djan');
    expect(queryClient.getQueryData(['anything'])).toBeUndefined();
  });

  it('does not redirect when a 401 is an expected answer', async () => {
    mockApi({ 'GET /api/auth/me': () => errorResponse(401, 'Not signed in') });

    await expect(api.get('/auth/me', { redirectOnUnauthorized: false })).rejects.toBeInstanceOf(
      ApiError,
    );

    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(navigate).not.toHaveBeenCalled();
  });

  it('does not redirect from the login page to itself', async () => {
    currentPath = '/login?next=%2F';
    mockApi({ 'GET /api/x': () => errorResponse(401, 'Session expired') });

    await expect(api.get('/x')).rejects.toBeInstanceOf(ApiError);

    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(navigate).not.toHaveBeenCalled();
  });
});
