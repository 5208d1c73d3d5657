import type { PersonDetailDto } from '@regiokracht/shared';
import { screen, waitFor } from '@testing-library/react';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { buildContact } from '../../../testing/portal-builders';
import { renderWithProviders } from '../../../testing/render';
import { MyDetailsForm } from './my-details-form';

const PATH = '/api/coalitions/c1/people/person-mark';

const detail = (overrides: Partial<PersonDetailDto> = {}): PersonDetailDto => ({
  ...buildContact(),
  affiliations: [],
  ...overrides,
});

function renderForm() {
  const onDone = jest.fn<void, [PersonDetailDto | null]>();
  return {
    onDone,
    ...renderWithProviders(
      <MyDetailsForm
        coalitionId="c1"
        person={buildContact()}
        onDone={onDone}
        onCancel={jest.fn()}
      />,
    ),
  };
}

function patchBodies(fetchMock: ReturnType<typeof mockApi>): unknown[] {
  return fetchMock.mock.calls
    .filter(([, init]) => init?.method === 'PATCH')
    .map(([, init]) => JSON.parse(init?.body as string) as unknown);
}

describe('MyDetailsForm', () => {
  it('sends only what the partner changed, with the version read', async () => {
    const fetchMock = mockApi({
      [`PATCH ${PATH}`]: () => jsonResponse(200, detail({ phone: '010 123 45 67', version: 2 })),
    });
    const { user, onDone } = renderForm();

    expect(screen.getByLabelText('Name')).toHaveValue('Mark Visser');
    await user.type(screen.getByLabelText('Phone'), ' 010 123 45 67 ');
    await user.click(screen.getByRole('button', { name: 'Save my details' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(patchBodies(fetchMock)).toEqual([{ version: 1, phone: '010 123 45 67' }]);
  });

  it('requires a name and checks the lengths the API allows, before sending', async () => {
    const fetchMock = mockApi({});
    const { user } = renderForm();

    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Phone'), '1'.repeat(51));
    await user.click(screen.getByRole('button', { name: 'Save my details' }));

    expect(await screen.findByText('Enter your name')).toBeInTheDocument();
    expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription(
      'Keep the phone number under 50 characters',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows a field the API refused next to that field', async () => {
    mockApi({
      [`PATCH ${PATH}`]: () =>
        errorResponse(400, 'role: must be text', {
          details: [{ field: 'role', message: 'is odd' }],
        }),
    });
    const { user } = renderForm();

    await user.type(screen.getByLabelText('Job title'), ' en opleidingen');
    await user.click(screen.getByRole('button', { name: 'Save my details' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Job title')).toHaveAccessibleDescription('is odd'),
    );
  });

  it('after someone else saved first, reloads and saves the typed values on the fresh version', async () => {
    let patches = 0;
    const fetchMock = mockApi({
      [`PATCH ${PATH}`]: () => {
        patches += 1;
        return patches === 1
          ? errorResponse(409, 'changed by someone else', { currentVersion: 4 })
          : jsonResponse(200, detail({ name: 'Mark W. Visser', version: 5 }));
      },
      [`GET ${PATH}`]: () => jsonResponse(200, detail({ phone: '06 12345678', version: 4 })),
    });
    const { user, onDone } = renderForm();

    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Mark W. Visser');
    await user.click(screen.getByRole('button', { name: 'Save my details' }));
    await user.click(await screen.findByRole('button', { name: 'Reload and save mine' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(screen.getByLabelText('Name')).toHaveValue('Mark W. Visser');
    // Only the partner's own change goes onto the fresh version: the phone someone else set stays.
    expect(patchBodies(fetchMock)).toEqual([
      { version: 1, name: 'Mark W. Visser' },
      { version: 4, name: 'Mark W. Visser' },
    ]);
  });
});
