import type { SessionResponse } from '@regiokracht/shared';
import { screen, waitFor } from '@testing-library/react';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { buildSession } from '../../../testing/builders';
import { renderWithProviders } from '../../../testing/render';
import { LoginForm } from './login-form';

function renderForm() {
  const onSuccess = jest.fn<void, [SessionResponse]>();
  return { onSuccess, ...renderWithProviders(<LoginForm onSuccess={onSuccess} />) };
}

describe('LoginForm', () => {
  it('shows a message next to each empty field and calls nobody', async () => {
    const fetchMock = mockApi({});
    const { user } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const email = screen.getByLabelText('Email address');
    const password = screen.getByLabelText('Password');
    expect(email).toHaveAccessibleDescription('Enter your email address');
    expect(email).toBeInvalid();
    expect(password).toHaveAccessibleDescription('Enter your password');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('rejects an email address without a domain', async () => {
    mockApi({});
    const { user } = renderForm();

    await user.type(screen.getByLabelText('Email address'), 'anouk@');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
      'Enter a valid email address, like name@example.nl',
    );
  });

  it('shows the API’s 401 as "Invalid email or password"', async () => {
    const fetchMock = mockApi({
      'POST /api/auth/login': () => errorResponse(401, 'Invalid email or password'),
    });
    const { user, onSuccess } = renderForm();

    await user.type(screen.getByLabelText('Email address'), 'anouk@techniekcollege.nl');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid email or password');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/auth/login',
      expect.objectContaining({
        method: 'POST',
        credentials: 'same-origin',
        body: JSON.stringify({ email: 'anouk@techniekcollege.nl', password: 'wrong' }),
      }),
    );
    // A wrong password is an answer, not an expired session: the user stays on the form.
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('shows the API’s field message next to the field it concerns', async () => {
    const details = [{ field: 'email', message: 'email must be an email' }];
    mockApi({ 'POST /api/auth/login': () => errorResponse(400, 'Invalid input', { details }) });
    const { user } = renderForm();

    await user.type(screen.getByLabelText('Email address'), 'anouk@techniekcollege.nl');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription(
        'email must be an email',
      ),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells a rate-limited user how long to wait', async () => {
    mockApi({
      'POST /api/auth/login': () =>
        errorResponse(429, 'Too many login attempts', {}, { 'Retry-After': '30' }),
    });
    const { user } = renderForm();

    await user.type(screen.getByLabelText('Email address'), 'anouk@techniekcollege.nl');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Try again in 30 seconds.',
    );
  });

  it('disables the button while signing in and reports the session', async () => {
    const session = buildSession();
    let answer: (response: Response) => void = () => undefined;
    mockApi({ 'POST /api/auth/login': () => new Promise<Response>((r) => (answer = r)) });
    const { user, onSuccess } = renderForm();

    await user.type(screen.getByLabelText('Email address'), 'anouk@techniekcollege.nl');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
    answer(jsonResponse(200, session));

    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(onSuccess.mock.calls[0][0]).toEqual(session);
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });
});
