import type { SessionResponse } from '@regiokracht/shared';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { meQueryOptions } from '../features/auth/api/get-me';
import { dashboardQueryOptions } from '../features/dashboard/api/get-dashboard';
import { organisationInsightsQueryOptions } from '../features/dashboard/api/get-organisation-insights';
import { pickStartCoalition } from '../features/coalitions/hooks/use-last-coalition';
import { isApiError } from '../lib/api-error';
import { buildLoginPath } from '../lib/login-path';
import { queryClient } from '../lib/query-client';
import { coalitionStartPath, sectionsFor, type SectionKey } from './layout/sections';

/**
 * The session from the cache or `/auth/session`; without one, a redirect to the login page that
 * comes back to this URL afterwards.
 */
async function loadSession(request: Request): Promise<SessionResponse | Response> {
  try {
    return await queryClient.ensureQueryData(meQueryOptions());
  } catch (error) {
    if (!isApiError(error, 401)) throw error;
    const url = new URL(request.url);
    return redirect(buildLoginPath(`${url.pathname}${url.search}`));
  }
}

export async function sessionLoader({ request }: LoaderFunctionArgs): Promise<Response | null> {
  const session = await loadSession(request);
  return session instanceof Response ? session : null;
}

/** `/` opens the coalition used last (or the first); without one the page explains why. */
export async function startLoader({ request }: LoaderFunctionArgs): Promise<Response | null> {
  const session = await loadSession(request);
  if (session instanceof Response) return session;
  const start = pickStartCoalition(session.memberships);
  return start ? redirect(coalitionStartPath(start.coalitionId, start.role)) : null;
}

/** Sends a role that does not see `section` (a partner on the dashboard, say) to its own start. */
export function sectionLoader(section: SectionKey) {
  return async ({ request, params }: LoaderFunctionArgs): Promise<Response | null> => {
    const session = await loadSession(request);
    if (session instanceof Response) return session;
    const membership = session.memberships.find((m) => m.coalitionId === params.cid);
    // Not a member: the coalition layout shows "not found", as the API answers 404.
    if (!membership || sectionsFor(membership.role).some((s) => s.key === section)) return null;
    return redirect(coalitionStartPath(membership.coalitionId, membership.role));
  };
}

/**
 * The dashboard's loader: asks for its figures and its page's code at once, beside the session
 * lookup, instead of after the page has rendered (the slowest requests start first). A failed
 * prefetch is only a cache miss: the page asks again and shows the error.
 */
export function dashboardLoader(load: () => Promise<unknown>) {
  const allowed = sectionLoader('dashboard');
  return (args: LoaderFunctionArgs): Promise<Response | null> => {
    const cid = args.params.cid;
    if (cid) {
      void queryClient.prefetchQuery(dashboardQueryOptions(cid));
      void queryClient.prefetchQuery(organisationInsightsQueryOptions(cid));
    }
    void load();
    return allowed(args);
  };
}
