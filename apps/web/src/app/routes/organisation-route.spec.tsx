import type { Role } from '@regiokracht/shared';
import { screen, within } from '@testing-library/react';
import { queryClient } from '../../lib/query-client';
import { buildMembership, buildSession } from '../../testing/builders';
import { jsonResponse, mockApi } from '../../testing/fetch-mock';
import {
  buildCommitment,
  buildInsight,
  buildInteraction,
  buildOrganisation,
  buildPerson,
  insightsPage,
  page,
} from '../../testing/record-builders';
import { renderApp } from '../../testing/render';

const BASE = '/api/coalitions/rotterdam';

function signedInAs(role: Role) {
  const dormant = buildInsight({
    engagement: { score: 0.4, peak: 9, index: 4, daysSinceLastInteraction: 170, health: 'dormant' },
    succession: {
      level: 'high',
      score: 35,
      factors: [
        {
          code: 'key_contact_leaving',
          points: 35,
          personIds: ['person-1'],
          people: [{ id: 'person-1', name: 'Henk Smits' }],
        },
      ],
    },
  });
  return mockApi({
    'GET /api/auth/session': () =>
      jsonResponse(
        200,
        buildSession({ memberships: [buildMembership({ coalitionId: 'rotterdam', role })] }),
      ),
    [`GET ${BASE}/organisations/org-1`]: () => jsonResponse(200, buildOrganisation()),
    [`GET ${BASE}/organisations`]: () => jsonResponse(200, page([buildOrganisation()])),
    [`GET ${BASE}/insights/organisations`]: () => jsonResponse(200, insightsPage([dormant])),
    [`GET ${BASE}/people`]: () =>
      jsonResponse(
        200,
        page([
          buildPerson({ status: 'leaving', leavingOn: '2026-01-27' }),
          buildPerson({
            id: 'staff-1',
            name: 'Sanne de Vries',
            organisationId: null,
            isKeyContact: false,
          }),
        ]),
      ),
    [`GET ${BASE}/interactions`]: () =>
      jsonResponse(200, page([buildInteraction({ initiatedBy: 'partner' })])),
    [`GET ${BASE}/commitments`]: () => jsonResponse(200, page([buildCommitment()])),
    [`GET ${BASE}/benefits`]: () => jsonResponse(200, page([])),
    [`GET ${BASE}/action-items`]: () => jsonResponse(200, page([])),
  });
}

afterEach(() => queryClient.clear());

describe('organisation page', () => {
  it('shows health, risk in words, the timeline and pledged-vs-delivered', async () => {
    signedInAs('coordinator');
    renderApp('/c/rotterdam/organisations/org-1');

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Van der Linden Installatietechniek' },
        // The first test also waits for the page's code to be compiled.
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('Dormant')).toBeInTheDocument();
    expect(
      screen.getByText('Henk Smits (key contact) leaves on 27 January 2026 and has no successor'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Stageplaatsen volgend schooljaar')).toBeInTheDocument();
    expect(screen.getByText('Partner initiated')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Delivered of Internships' })).toHaveAttribute(
      'aria-valuetext',
      '8 of 20 places delivered',
    );
    expect(screen.getByText('No benefits recorded')).toBeInTheDocument();
  });

  it('gives a coordinator the quick actions, edit and delete', async () => {
    signedInAs('coordinator');
    renderApp('/c/rotterdam/organisations/org-1');

    const quickActions = await screen.findByRole('group', { name: 'Quick actions' });
    expect(
      within(quickActions).getByRole('button', { name: 'Log interaction' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit organisation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /Report contribution/ })).toBeInTheDocument();
  });

  it('opens the log form with the keyboard and focuses its first field', async () => {
    signedInAs('member');
    const { user } = renderApp('/c/rotterdam/organisations/org-1');

    const log = within(await screen.findByRole('group', { name: 'Quick actions' })).getByRole(
      'button',
      { name: 'Log interaction' },
    );
    log.focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByLabelText('Kind')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('shows a viewer no edit controls at all', async () => {
    signedInAs('viewer');
    renderApp('/c/rotterdam/organisations/org-1');

    await screen.findByRole('heading', { level: 1, name: 'Van der Linden Installatietechniek' });
    await screen.findByText('Stageplaatsen volgend schooljaar');
    expect(screen.queryByRole('group', { name: 'Quick actions' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Edit|Delete|Log interaction|^Log$|Add|Report/ }),
    ).not.toBeInTheDocument();
  });
});
