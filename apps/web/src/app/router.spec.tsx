import { screen, waitFor, within } from '@testing-library/react';
import { authKeys } from '../features/auth/api/auth-keys';
import { queryClient } from '../lib/query-client';
import { buildCoalition, buildMembership, buildSession } from '../testing/builders';
import { errorResponse, jsonResponse, mockApi } from '../testing/fetch-mock';
import { renderApp } from '../testing/render';

const rotterdam = buildMembership({ coalitionId: 'rotterdam', coalitionName: 'TC Rotterdam' });
const zwolle = buildMembership({
  coalitionId: 'zwolle',
  coalitionName: 'Zwolse Koers',
  role: 'member',
});
const leidenAsPartner = buildMembership({
  coalitionId: 'leiden',
  coalitionName: 'CIV Bio Sciences Leiden',
  role: 'partner',
  organisationId: 'org-1',
});

function signedIn(memberships = [rotterdam, zwolle, leidenAsPartner]) {
  return mockApi({
    'GET /api/auth/session': () => jsonResponse(200, buildSession({ memberships })),
    'GET /api/coalitions': () =>
      jsonResponse(200, [
        buildCoalition({ id: 'rotterdam', name: 'TC Rotterdam', themes: ['Energy transition'] }),
      ]),
  });
}

function navLinks() {
  const nav = screen.getByRole('navigation', { name: 'Main navigation' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

afterEach(() => queryClient.clear());

describe('app routes', () => {
  it('sends a visitor without a session to the login page and back where they were', async () => {
    const session = buildSession({ memberships: [rotterdam] });
    mockApi({
      // Signed out is a 200 answer of the session probe, not a failed request.
      'GET /api/auth/session': () => jsonResponse(200, { user: null, memberships: [] }),
      'POST /api/auth/login': () => jsonResponse(200, session),
    });
    const { user, router } = renderApp('/c/rotterdam/people');

    // Route code is compiled on first use: slow in a cold, busy run.
    await screen.findByRole('heading', { name: 'Sign in' }, { timeout: 5000 });
    expect(router.state.location.search).toBe('?next=%2Fc%2Frotterdam%2Fpeople');

    await user.type(screen.getByLabelText('Email address'), 'anouk@techniekcollege.nl');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    // The people page's code is compiled on first use; that can take a while in a busy run.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'People' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/c/rotterdam/people');
  });

  it('opens the coalition used last from /', async () => {
    window.localStorage.setItem('regiokracht.lastCoalition', 'zwolle');
    signedIn();
    const { router } = renderApp('/');

    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(router.state.location.pathname).toBe('/c/zwolle');
  });

  it('explains an empty start page to a user without memberships', async () => {
    signedIn([]);
    renderApp('/');

    expect(
      await screen.findByRole('heading', { name: 'You are not a member of any coalition yet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
  });

  it('shows staff every page and the coalition’s details on the dashboard', async () => {
    signedIn();
    renderApp('/c/rotterdam');

    expect(await screen.findByText('Energy transition')).toBeInTheDocument();
    expect(navLinks()).toEqual([
      'Dashboard',
      'Organisations',
      'People',
      'Action items',
      'Commitments',
      'Responsibilities',
      'Handovers',
      'Import & export',
      'Settings',
    ]);
    expect(screen.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('group', { name: 'Account' })).toHaveTextContent('Coordinator');
  });

  it('gives a partner only the portal', async () => {
    signedIn();
    const { router } = renderApp('/c/leiden/organisations');

    await screen.findByRole('heading', { level: 1, name: 'Portal' }, { timeout: 5000 });
    expect(router.state.location.pathname).toBe('/c/leiden/portal');
    expect(navLinks()).toEqual(['Portal']);
  });

  it('switches to the same page in another coalition', async () => {
    signedIn();
    const { user, router } = renderApp('/c/rotterdam/commitments');
    await screen.findByRole('heading', { level: 1, name: 'Commitments' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Coalition' }), 'Zwolse Koers');

    await waitFor(() => expect(router.state.location.pathname).toBe('/c/zwolle/commitments'));
    // The router's state changes first; React shows the new coalition in the next commit.
    await waitFor(
      () => expect(screen.getByRole('group', { name: 'Account' })).toHaveTextContent('Member'),
      { timeout: 5000 },
    );
  });

  it('says so when the coalition is not one of the user’s', async () => {
    signedIn();
    renderApp('/c/elsewhere');

    expect(await screen.findByRole('heading', { name: 'Coalition not found' })).toBeInTheDocument();
  });

  it('returns to the login page when the session expires, and forgets cached data', async () => {
    mockApi({
      'GET /api/auth/session': () => jsonResponse(200, buildSession({ memberships: [rotterdam] })),
      'GET /api/coalitions': () => errorResponse(401, 'Session expired'),
    });
    const { router } = renderApp('/c/rotterdam');

    // Route code is compiled on first use: slow in a cold, busy run.
    await screen.findByRole('heading', { name: 'Sign in' }, { timeout: 5000 });
    expect(router.state.location.search).toBe('?next=%2Fc%2Frotterdam');
    expect(queryClient.getQueryData(authKeys.me())).toBeUndefined();
  });
});
