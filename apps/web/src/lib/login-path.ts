const LOGIN_PATH = '/login';

/** `/login`, remembering where to go back to after signing in. */
export function buildLoginPath(next: string): string {
  return next === '/' || next.startsWith(LOGIN_PATH)
    ? LOGIN_PATH
    : `${LOGIN_PATH}?next=${encodeURIComponent(next)}`;
}

/**
 * The `next` query parameter when it is a path inside this app. Anything else (`//evil.example`,
 * `https://…`, `/\evil`) is dropped so the login page cannot be used as an open redirect.
 */
export function readSafeNext(search: URLSearchParams): string | null {
  const next = search.get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return null;
  }
  return next.startsWith(LOGIN_PATH) ? null : next;
}

export function isLoginPath(pathname: string): boolean {
  return pathname === LOGIN_PATH;
}
