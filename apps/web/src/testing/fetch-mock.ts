import { CommonErrorCode, defaultErrorCode, type ErrorResponse } from '@regiokracht/shared';

export function jsonResponse(
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function errorResponse(
  status: number,
  message: string,
  extra: Partial<ErrorResponse> = {},
  headers: Record<string, string> = {},
): Response {
  const error = { 401: 'Unauthorized', 404: 'Not Found', 429: 'Too Many Requests' }[status];
  // As the API answers: a stale version carries a version-conflict code, the rest their status's.
  const code =
    extra.currentVersion === undefined
      ? defaultErrorCode(status)
      : CommonErrorCode.VERSION_CONFLICT;
  return jsonResponse(
    status,
    { statusCode: status, error: error ?? 'Error', code, message, ...extra },
    headers,
  );
}

type Handler = (request: {
  url: URL;
  init: RequestInit | undefined;
}) => Response | Promise<Response>;

/**
 * Replaces `fetch` with a jest.fn answering `'METHOD /path'` from `routes`; anything else is a
 * 404, so a test notices calls it did not expect.
 */
export function mockApi(routes: Record<string, Handler>): jest.MockedFunction<typeof fetch> {
  const mock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input, window.location.origin);
    const handler = routes[`${init?.method ?? 'GET'} ${url.pathname}`];
    return handler ? handler({ url, init }) : errorResponse(404, `No mock for ${url.pathname}`);
  });
  globalThis.fetch = mock;
  return mock;
}
