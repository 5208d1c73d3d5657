import type { ResponsibilitiesDto, Role } from '@regiokracht/shared';
import { screen, within } from '@testing-library/react';
import { queryClient } from '../../lib/query-client';
import { buildMembership, buildSession } from '../../testing/builders';
import { jsonResponse, mockApi } from '../../testing/fetch-mock';
import { buildPersonDetail, page, buildPerson } from '../../testing/record-builders';
import { renderApp } from '../../testing/render';

const BASE = '/api/coalitions/rotterdam';

const responsibilities: ResponsibilitiesDto = {
  people: [
    {
      person: {
        id: 'person-1',
        name: 'Henk Smits',
        status: 'leaving',
        organisationId: 'org-1',
        organisationName: 'Albeda',
        leavingOn: '2026-01-27',
        leftOn: null,
        successor: null,
      },
      holds: {
        actionItems: [],
        organisations: [
          { id: 'org-2', name: 'Koudijs Klimaattechniek' },
          { id: 'org-3', name: 'Maasvlakte Havenservice' },
        ],
        commitments: [],
        initiatives: [],
        keyContactOf: [{ id: 'org-1', name: 'Albeda' }],
      },
      total: 3,
    },
  ],
  unowned: { actionItems: [], organisations: [], commitments: [], initiatives: [] },
};

function signedInAs(role: Role, person = buildPersonDetail()) {
  return mockApi({
    'GET /api/auth/session': () =>
      jsonResponse(
        200,
        buildSession({ memberships: [buildMembership({ coalitionId: 'rotterdam', role })] }),
      ),
    [`GET ${BASE}/people/person-1`]: () => jsonResponse(200, person),
    [`GET ${BASE}/people`]: () => jsonResponse(200, page([buildPerson()])),
    [`GET ${BASE}/organisations`]: () => jsonResponse(200, page([])),
    [`GET ${BASE}/insights/responsibilities`]: () => jsonResponse(200, responsibilities),
  });
}

afterEach(() => queryClient.clear());

describe('person page', () => {
  it('shows what a leaving person holds and offers a handover', async () => {
    signedInAs(
      'coordinator',
      buildPersonDetail({ status: 'leaving', leavingOn: '2026-01-27', organisationName: 'Albeda' }),
    );
    renderApp('/c/rotterdam/people/person-1');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Henk Smits' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Leaving 27 Jan 2026')).toBeInTheDocument();
    expect(await screen.findByText('Owns 2 relationships')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Koudijs Klimaattechniek' })).toHaveAttribute(
      'href',
      '/c/rotterdam/organisations/org-2',
    );
    expect(screen.getByRole('link', { name: 'Start handover' })).toHaveAttribute(
      'href',
      '/c/rotterdam/handovers/new?personId=person-1',
    );
    expect(screen.getByRole('button', { name: 'Mark as left' })).toBeInTheDocument();
  });

  it('opens the leaving dialog with its first field focused', async () => {
    signedInAs('member');
    const { user } = renderApp('/c/rotterdam/people/person-1');

    await user.click(
      await screen.findByRole('button', { name: 'Mark leaving' }, { timeout: 5000 }),
    );

    const dialog = await screen.findByRole('dialog', { name: 'Mark leaving' });
    expect(within(dialog).getByLabelText('Is leaving')).toHaveFocus();
    expect(within(dialog).getByLabelText('Leaving on')).toBeRequired();
    expect(screen.queryByRole('link', { name: 'Start handover' })).not.toBeInTheDocument();
  });

  it('shows a viewer no actions', async () => {
    signedInAs('viewer', buildPersonDetail({ status: 'leaving', leavingOn: '2026-01-27' }));
    renderApp('/c/rotterdam/people/person-1');

    await screen.findByRole('heading', { level: 1, name: 'Henk Smits' }, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: /Mark|leaving/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Start handover' })).not.toBeInTheDocument();
  });
});

describe('people list', () => {
  it('asks the API with the filters in the URL', async () => {
    const fetchMock = signedInAs('coordinator');
    renderApp('/c/rotterdam/people?status=leaving&keyContact=true');

    expect(await screen.findByText('1 person', {}, { timeout: 5000 })).toBeInTheDocument();
    const listCall = fetchMock.mock.calls
      .map(([url]) => url as string)
      .find((url) => url.startsWith(`${BASE}/people?`));
    expect(listCall).toContain('status=leaving');
    expect(listCall).toContain('isKeyContact=true');
    expect(screen.getByLabelText('Key contact')).toHaveValue('true');
  });
});
