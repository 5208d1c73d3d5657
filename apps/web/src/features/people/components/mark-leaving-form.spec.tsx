import type { PersonDetailDto } from '@regiokracht/shared';
import { screen, waitFor } from '@testing-library/react';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { buildPersonDetail } from '../../../testing/record-builders';
import { renderWithProviders } from '../../../testing/render';
import { MarkLeavingForm } from './mark-leaving-form';

const PATH = '/api/coalitions/c1/people/person-1';

function renderForm(person = buildPersonDetail()) {
  const onDone = jest.fn<void, [PersonDetailDto]>();
  return {
    onDone,
    ...renderWithProviders(
      <MarkLeavingForm coalitionId="c1" person={person} onDone={onDone} onCancel={jest.fn()} />,
    ),
  };
}

function patchBodies(fetchMock: ReturnType<typeof mockApi>): unknown[] {
  return fetchMock.mock.calls
    .filter(([, init]) => init?.method === 'PATCH')
    .map(([, init]) => JSON.parse(init?.body as string));
}

describe('MarkLeavingForm', () => {
  it('requires the leaving date', async () => {
    const fetchMock = mockApi({});
    const { user } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Mark leaving' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Leaving on')).toHaveAccessibleDescription(
        'The dashboard warns about departures in the next 180 days. Enter the date they leave',
      ),
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('marks the person leaving on the chosen date', async () => {
    const fetchMock = mockApi({
      [`PATCH ${PATH}`]: () =>
        jsonResponse(200, buildPersonDetail({ status: 'leaving', leavingOn: '2026-01-27' })),
    });
    const { user, onDone } = renderForm();

    await user.type(screen.getByLabelText('Leaving on'), '2026-01-27');
    await user.click(screen.getByRole('button', { name: 'Mark leaving' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(patchBodies(fetchMock)).toEqual([
      { version: 2, status: 'leaving', leavingOn: '2026-01-27' },
    ]);
  });

  it('marks a person as left with the date they left', async () => {
    const fetchMock = mockApi({
      [`PATCH ${PATH}`]: () =>
        jsonResponse(200, buildPersonDetail({ status: 'left', leftOn: '2025-11-30' })),
    });
    const { user, onDone } = renderForm();

    await user.click(screen.getByLabelText('Has left'));
    await user.type(screen.getByLabelText('Left on'), '2025-11-30');
    await user.click(screen.getByRole('button', { name: 'Mark as left' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(patchBodies(fetchMock)).toEqual([{ version: 2, status: 'left', leftOn: '2025-11-30' }]);
  });

  it('retries a conflict on the fresh version, keeping the date', async () => {
    let patches = 0;
    const fetchMock = mockApi({
      [`PATCH ${PATH}`]: () => {
        patches += 1;
        return patches === 1
          ? errorResponse(409, 'Person was changed by someone else', { currentVersion: 7 })
          : jsonResponse(200, buildPersonDetail({ status: 'leaving', leavingOn: '2026-01-27' }));
      },
      [`GET ${PATH}`]: () => jsonResponse(200, buildPersonDetail({ version: 7 })),
    });
    const { user, onDone } = renderForm();

    await user.type(screen.getByLabelText('Leaving on'), '2026-01-27');
    await user.click(screen.getByRole('button', { name: 'Mark leaving' }));
    await user.click(await screen.findByRole('button', { name: 'Reload and retry' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(patchBodies(fetchMock)[1]).toEqual({
      version: 7,
      status: 'leaving',
      leavingOn: '2026-01-27',
    });
  });
});
