import type { OrganisationDto } from '@regiokracht/shared';
import { screen, waitFor } from '@testing-library/react';
import i18n from '../../../app/i18n/i18n';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { buildOrganisation } from '../../../testing/record-builders';
import { renderWithProviders } from '../../../testing/render';
import { OrganisationEditForm } from './organisation-edit-form';

const PATH = '/api/coalitions/c1/organisations/org-1';

function renderForm(organisation = buildOrganisation()) {
  const onSaved = jest.fn<void, [OrganisationDto]>();
  const onCancel = jest.fn();
  const result = renderWithProviders(
    <OrganisationEditForm
      coalitionId="c1"
      organisation={organisation}
      ownerOptions={[{ id: 'staff-1', name: 'Sanne de Vries' }]}
      onSaved={onSaved}
      onCancel={onCancel}
    />,
  );
  return { onSaved, onCancel, ...result };
}

function bodyOf(call: [RequestInfo | URL, RequestInit?]): unknown {
  return JSON.parse(call[1]?.body as string);
}

describe('OrganisationEditForm', () => {
  it('sends only the changed fields with the version it read', async () => {
    const fetchMock = mockApi({
      [`PATCH ${PATH}`]: () =>
        jsonResponse(200, buildOrganisation({ city: 'Schiedam', version: 4 })),
    });
    const { user, onSaved } = renderForm();

    const city = screen.getByLabelText('City');
    await user.clear(city);
    await user.type(city, 'Schiedam');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(bodyOf(fetchMock.mock.calls[0])).toEqual({ version: 3, city: 'Schiedam' });
  });

  it('checks the fields as the API does before sending', async () => {
    const fetchMock = mockApi({});
    const { user } = renderForm();

    await user.clear(screen.getByLabelText('Name'));
    await user.clear(screen.getByLabelText('Joined on'));
    await user.type(screen.getByLabelText('Joined on'), '2025-05-01');
    await user.type(screen.getByLabelText('Left on'), '2025-01-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Enter a name'),
    );
    expect(screen.getByLabelText('Left on')).toHaveAccessibleDescription(
      'Cannot be before the date it joined',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the API’s field message next to the field', async () => {
    mockApi({
      [`PATCH ${PATH}`]: () =>
        errorResponse(400, 'Invalid input', {
          details: [{ field: 'website', message: 'website must be a web address' }],
        }),
    });
    const { user } = renderForm();

    const website = screen.getByLabelText('Website');
    await user.clear(website);
    await user.type(website, 'www.example.nl');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Website')).toHaveAccessibleDescription(
        'website must be a web address',
      ),
    );
  });

  it('keeps the typed values on a conflict and re-applies them onto the fresh version', async () => {
    const fresh = buildOrganisation({ city: 'Vlaardingen', version: 5 });
    let patches = 0;
    const fetchMock = mockApi({
      [`PATCH ${PATH}`]: () => {
        patches += 1;
        return patches === 1
          ? errorResponse(409, 'Organisation was changed by someone else', { currentVersion: 5 })
          : jsonResponse(200, { ...fresh, interests: 'Instroom van monteurs', version: 6 });
      },
      [`GET ${PATH}`]: () => jsonResponse(200, fresh),
    });
    const { user, onSaved } = renderForm();

    const interests = screen.getByLabelText("What's in it for them");
    await user.clear(interests);
    await user.type(interests, 'Instroom van monteurs');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this organisation while you were editing.',
    );
    expect(screen.getByLabelText("What's in it for them")).toHaveValue('Instroom van monteurs');
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reload and retry' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const patchCalls = fetchMock.mock.calls.filter(([, init]) => init?.method === 'PATCH');
    // Only this user's change, at the version just read; the other user's city stays theirs.
    expect(bodyOf(patchCalls[1])).toEqual({ version: 5, interests: 'Instroom van monteurs' });
    expect(screen.getByLabelText('City')).toHaveValue('Vlaardingen');
    expect(screen.getByLabelText("What's in it for them")).toHaveValue('Instroom van monteurs');
  });

  it('speaks Dutch', async () => {
    await i18n.changeLanguage('nl');
    mockApi({});
    renderForm();

    expect(screen.getByLabelText('Wat levert het hen op')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeInTheDocument();
  });
});
