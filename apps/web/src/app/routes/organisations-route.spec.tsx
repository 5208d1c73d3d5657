import { screen, waitFor, within } from '@testing-library/react';
import { queryClient } from '../../lib/query-client';
import { buildMembership, buildSession } from '../../testing/builders';
import { jsonResponse, mockApi } from '../../testing/fetch-mock';
import { buildInsight, buildOrganisation, insightsPage, page } from '../../testing/record-builders';
import { renderApp } from '../../testing/render';

const BASE = '/api/coalitions/rotterdam';

const organisations = [
  buildOrganisation({ id: 'a', name: 'Albeda', kind: 'mbo' }),
  buildOrganisation({ id: 'b', name: 'Botlek Procesonderhoud' }),
  buildOrganisation({ id: 'c', name: 'Calandkanaal Waterstof' }),
];
const insights = [
  buildInsight({ organisationId: 'a', name: 'Albeda' }),
  buildInsight({
    organisationId: 'b',
    name: 'Botlek Procesonderhoud',
    engagement: { score: 1, peak: 9, index: 11, daysSinceLastInteraction: 200, health: 'dormant' },
  }),
  buildInsight({
    organisationId: 'c',
    name: 'Calandkanaal Waterstof',
    engagement: { score: 1, peak: 3, index: 33, daysSinceLastInteraction: 70, health: 'cooling' },
  }),
];

function signedInAs(role: 'coordinator' | 'viewer') {
  return mockApi({
    'GET /api/auth/session': () =>
      jsonResponse(
        200,
        buildSession({ memberships: [buildMembership({ coalitionId: 'rotterdam', role })] }),
      ),
    [`GET ${BASE}/organisations`]: () => jsonResponse(200, page(organisations)),
    [`GET ${BASE}/insights/organisations`]: () => jsonResponse(200, insightsPage(insights)),
  });
}

function rowNames() {
  const table = screen.getByRole('table', { name: 'Organisations' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].textContent);
}

afterEach(() => queryClient.clear());

describe('organisations list', () => {
  it('joins health and risk from the insights to the server’s page', async () => {
    const fetchMock = signedInAs('coordinator');
    renderApp('/c/rotterdam/organisations?kind=company');

    // The first test also waits for the page's code to be compiled.
    expect(await screen.findByText('3 organisations', {}, { timeout: 5000 })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Organisations' });
    expect(await within(table).findByText('Dormant')).toBeInTheDocument();
    const listCall = fetchMock.mock.calls
      .map(([url]) => url as string)
      .find((url) => url.startsWith(`${BASE}/organisations?`));
    expect(listCall).toContain('kind=company');
    expect(listCall).toContain('pageSize=25');
    expect(screen.getByRole('button', { name: 'New organisation' })).toBeInTheDocument();
  });

  it('filters by health on the client, as a dashboard tile links to it', async () => {
    signedInAs('coordinator');
    renderApp('/c/rotterdam/organisations?health=dormant');

    expect(await screen.findByText('1 organisation')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Botlek Procesonderhoud']);
    expect(screen.getByLabelText('Health')).toHaveValue('dormant');
  });

  it('sorts on engagement on the client', async () => {
    signedInAs('coordinator');
    const { user } = renderApp('/c/rotterdam/organisations');

    await screen.findByText('3 organisations');
    await user.click(screen.getByRole('button', { name: /^Engagement/ }));

    // Sorting on an insight fetches every organisation first.
    await waitFor(
      () =>
        expect(rowNames()).toEqual(['Botlek Procesonderhoud', 'Calandkanaal Waterstof', 'Albeda']),
      { timeout: 4000 },
    );
    expect(screen.getByRole('columnheader', { name: /Engagement/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('offers a viewer no way to add organisations', async () => {
    signedInAs('viewer');
    renderApp('/c/rotterdam/organisations');

    await screen.findByText('3 organisations');
    expect(screen.queryByRole('button', { name: 'New organisation' })).not.toBeInTheDocument();
  });
});
