import { screen, waitFor, within } from '@testing-library/react';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { renderWithProviders } from '../../../testing/render';
import { buildMember, jsonBody, pageOf } from '../../../testing/work-builders';
import { MembersPanel } from './members-panel';

const API = '/api/coalitions/c1';
const ME = buildMember({
  id: 'member-me',
  userId: 'user-me',
  name: 'Anouk de Vries',
  role: 'coordinator',
});
const DAAN = buildMember();

function setup(overrides: Parameters<typeof mockApi>[0] = {}) {
  const requests: { method: string; path: string; body: unknown }[] = [];
  const record = (method: string, path: string, init: RequestInit | undefined) =>
    requests.push({ method, path, body: init?.body ? jsonBody(init) : undefined });
  mockApi({
    [`GET ${API}/members`]: () => jsonResponse(200, pageOf([DAAN, ME])),
    [`GET ${API}/organisations`]: () =>
      jsonResponse(200, pageOf([{ id: 'org-1', name: 'Rijnmond Installatiegroep' }])),
    [`POST ${API}/members`]: ({ init }) => {
      record('POST', 'members', init);
      return jsonResponse(201, {
        ...buildMember({
          id: 'member-new',
          name: 'Mark Visser',
          role: 'partner',
          organisationId: 'org-1',
        }),
        invitationUrl: 'https://regiokracht.example/invite/abc123',
      });
    },
    [`PATCH ${API}/members/member-1`]: ({ init }) => {
      record('PATCH', 'members/member-1', init);
      return jsonResponse(200, buildMember({ role: 'viewer', version: 3 }));
    },
    [`DELETE ${API}/members/member-1`]: ({ init }) => {
      record('DELETE', 'members/member-1', init);
      return new Response(null, { status: 204 });
    },
    ...overrides,
  });
  return {
    requests,
    ...renderWithProviders(<MembersPanel coalitionId="c1" currentUserId="user-me" />),
  };
}

describe('MembersPanel', () => {
  it('lists the members with their roles, marking the signed-in user', async () => {
    setup();
    const table = await screen.findByRole('table', { name: 'Members of this coalition' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Anouk de Vries Youdaan@regiokracht.example',
      'Daan Bakkerdaan@regiokracht.example',
    ]);
  });

  it('invites a partner for an organisation and shows the link to copy', async () => {
    const { user, requests } = setup();

    await user.click(await screen.findByRole('button', { name: 'Invite member' }));
    const dialog = screen.getByRole('dialog', { name: 'Invite a member' });
    await user.type(within(dialog).getByLabelText('Name'), 'Mark Visser');
    await user.type(within(dialog).getByLabelText('Email address'), 'mark@rijnmond.example');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'Partner');
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));

    // A partner acts for one organisation: it must be chosen.
    expect(within(dialog).getByLabelText('Organisation')).toHaveAccessibleDescription(
      expect.stringContaining('Choose the organisation this partner acts for'),
    );
    expect(requests).toEqual([]);

    await user.selectOptions(
      within(dialog).getByLabelText('Organisation'),
      'Rijnmond Installatiegroep',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));

    const done = await screen.findByRole('dialog', { name: 'Member invited' });
    expect(requests).toEqual([
      {
        method: 'POST',
        path: 'members',
        body: {
          email: 'mark@rijnmond.example',
          name: 'Mark Visser',
          role: 'partner',
          organisationId: 'org-1',
        },
      },
    ]);
    expect(within(done).getByLabelText('Invitation link')).toHaveValue(
      'https://regiokracht.example/invite/abc123',
    );
    await user.click(within(done).getByRole('button', { name: 'Copy link' }));
    expect(await within(done).findByText('Copied to the clipboard.')).toBeInTheDocument();
    // user-event puts a stub clipboard in place of the browser's.
    expect(await navigator.clipboard.readText()).toBe('https://regiokracht.example/invite/abc123');
  });

  it('says the person was e-mailed, and shows no link, when the account already existed', async () => {
    const { user } = setup({
      [`POST ${API}/members`]: () =>
        jsonResponse(201, {
          ...buildMember({
            id: 'member-new',
            name: 'Mark Visser',
            email: 'mark@rijnmond.example',
            role: 'viewer',
          }),
          invitation: 'notified',
        }),
    });

    await user.click(await screen.findByRole('button', { name: 'Invite member' }));
    const dialog = screen.getByRole('dialog', { name: 'Invite a member' });
    await user.type(within(dialog).getByLabelText('Name'), 'Mark Visser');
    await user.type(within(dialog).getByLabelText('Email address'), 'mark@rijnmond.example');
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));

    const done = await screen.findByRole('dialog', { name: 'Member invited' });
    expect(within(done).getByRole('status')).toHaveTextContent(
      'we e-mailed mark@rijnmond.example that they were added',
    );
    expect(within(done).queryByLabelText('Invitation link')).not.toBeInTheDocument();
  });

  it('shows the API’s answer on a duplicate e-mail next to the field', async () => {
    const { user } = setup({
      [`POST ${API}/members`]: () =>
        errorResponse(409, 'daan@… is already a member', {
          details: [{ field: 'email', message: 'is already a member' }],
        }),
    });

    await user.click(await screen.findByRole('button', { name: 'Invite member' }));
    const dialog = screen.getByRole('dialog', { name: 'Invite a member' });
    await user.type(within(dialog).getByLabelText('Name'), 'Daan');
    await user.type(within(dialog).getByLabelText('Email address'), 'daan@regiokracht.example');
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }));

    await waitFor(() =>
      expect(within(dialog).getByLabelText('Email address')).toHaveAccessibleDescription(
        'is already a member',
      ),
    );
  });

  it('changes a role with the version it read', async () => {
    const { user, requests } = setup();

    await user.click(await screen.findByRole('button', { name: 'Change role (Daan Bakker)' }));
    const dialog = screen.getByRole('dialog', { name: 'Change the role of Daan Bakker' });
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'Viewer');
    await user.click(within(dialog).getByRole('button', { name: 'Save role' }));

    expect(await screen.findByText('Daan Bakker is now Viewer.')).toBeInTheDocument();
    expect(requests).toEqual([
      {
        method: 'PATCH',
        path: 'members/member-1',
        body: { role: 'viewer', organisationId: null, version: 2 },
      },
    ]);
  });

  it('removes a member only after confirmation', async () => {
    const { user, requests } = setup();

    await user.click(await screen.findByRole('button', { name: 'Remove (Daan Bakker)' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove Daan Bakker?' });
    expect(requests).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));

    expect(await screen.findByText('Daan Bakker is no longer a member.')).toBeInTheDocument();
    expect(requests).toEqual([{ method: 'DELETE', path: 'members/member-1', body: undefined }]);
  });
});
