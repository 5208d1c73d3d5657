import { screen, waitFor } from '@testing-library/react';
import { queryClient } from '../../lib/query-client';
import { buildSession } from '../../testing/builders';
import { errorResponse, jsonResponse, mockApi } from '../../testing/fetch-mock';
import { renderApp } from '../../testing/render';
import { jsonBody } from '../../testing/work-builders';

afterEach(() => queryClient.clear());

describe('password pages (outside the session)', () => {
  it('leads from the login page to "forgot password", whose answer never says whether the account exists', async () => {
    const fetchMock = mockApi({
      'POST /api/auth/password-resets': () =>
        jsonResponse(202, { message: 'If an account exists for this address, …' }),
    });
    const { user } = renderApp('/login');

    await user.click(await screen.findByRole('link', { name: 'Forgot password?' }));
    // The login page has an e-mail field too: wait until the new page is there.
    await screen.findByRole('heading', { name: 'Forgot your password?' });
    await user.type(screen.getByLabelText('Email address'), 'anouk@techniekcollege.nl');
    await user.click(screen.getByRole('button', { name: 'Send link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'If an account exists for anouk@techniekcollege.nl, we have e-mailed it a link',
    );
    expect(jsonBody(fetchMock.mock.calls[0][1])).toEqual({ email: 'anouk@techniekcollege.nl' });
  });

  it('shows the password policy’s 400 next to the field, then sets the password and signs in', async () => {
    let attempt = 0;
    const fetchMock = mockApi({
      'POST /api/auth/password-resets/the-token': () =>
        ++attempt === 1
          ? errorResponse(400, 'password: is one of the most common passwords: choose another', {
              error: 'Bad Request',
              details: [
                {
                  field: 'password',
                  message: 'is one of the most common passwords: choose another',
                },
              ],
            })
          : jsonResponse(200, buildSession({ memberships: [] })),
      'GET /api/auth/me': () => jsonResponse(200, buildSession({ memberships: [] })),
      'GET /api/coalitions': () => jsonResponse(200, []),
    });
    const { user, router } = renderApp('/reset-password/the-token');

    const field = await screen.findByLabelText('New password');
    await user.type(field, 'qwertyuiop');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        expect.stringContaining('is one of the most common passwords'),
      ),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(field);
    await user.type(field, 'fietsen langs de IJssel');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(jsonBody(fetchMock.mock.calls[1][1])).toEqual({ password: 'fietsen langs de IJssel' });
  });

  it('checks the length before asking the server', async () => {
    const fetchMock = mockApi({});
    const { user } = renderApp('/invitation/some-token');

    await user.type(await screen.findByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));

    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      expect.stringContaining('Use at least 10 characters'),
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('explains an invalid, used or expired invitation link', async () => {
    mockApi({
      'POST /api/auth/invitations/old-token': () =>
        errorResponse(404, 'This invitation link is invalid, used or expired'),
    });
    const { user } = renderApp('/invitation/old-token');

    await user.type(await screen.findByLabelText('New password'), 'a-long-enough-one');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation link is invalid, already used or expired',
    );
  });
});
