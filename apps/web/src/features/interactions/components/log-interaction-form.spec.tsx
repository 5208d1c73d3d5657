import type { InteractionDto } from '@regiokracht/shared';
import { screen, waitFor } from '@testing-library/react';
import { ModalDialog } from '../../../components/ui/modal-dialog';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { buildInteraction } from '../../../testing/record-builders';
import { renderWithProviders } from '../../../testing/render';
import { LogInteractionForm, toLocalDateTime } from './log-interaction-form';

const NOW = new Date(2025, 10, 28, 14, 30);

function renderForm() {
  const onLogged = jest.fn<void, [InteractionDto]>();
  const onCancel = jest.fn();
  const result = renderWithProviders(
    <ModalDialog title="Log interaction" closeLabel="Close" onClose={onCancel}>
      <LogInteractionForm
        coalitionId="c1"
        organisation={{ id: 'org-1', name: 'Botlek Procesonderhoud' }}
        organisationOptions={[{ id: 'org-2', name: 'Albeda' }]}
        participantGroups={[
          { label: 'People at Botlek Procesonderhoud', people: [{ id: 'p-1', name: 'Tom Hagen' }] },
          { label: 'Coalition staff', people: [{ id: 's-1', name: 'Sanne de Vries' }] },
        ]}
        onLogged={onLogged}
        onCancel={onCancel}
        now={NOW}
      />
    </ModalDialog>,
  );
  return { onLogged, onCancel, ...result };
}

function sentBody(fetchMock: ReturnType<typeof mockApi>): Record<string, unknown> {
  const call = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
  return JSON.parse(call?.[1]?.body as string) as Record<string, unknown>;
}

describe('LogInteractionForm', () => {
  it('opens with the first field focused, now as the time and this organisation chosen', () => {
    mockApi({});
    renderForm();

    expect(screen.getByLabelText('Kind')).toHaveFocus();
    expect(screen.getByLabelText('Kind')).toHaveValue('meeting');
    expect(screen.getByLabelText('When')).toHaveValue(toLocalDateTime(NOW));
    expect(screen.getByText('Botlek Procesonderhoud')).toBeInTheDocument();
  });

  it('logs a partner-initiated meeting with the keyboard: Enter saves', async () => {
    const fetchMock = mockApi({
      'POST /api/coalitions/c1/interactions': () => jsonResponse(201, buildInteraction()),
    });
    const { user, onLogged } = renderForm();

    // Kind has focus and "Meeting" is the default; next: who took the initiative.
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByLabelText('The partner')).toBeChecked();
    await user.tab();
    await user.keyboard('Afspraken over stageplaatsen{Enter}');

    await waitFor(() => expect(onLogged).toHaveBeenCalled());
    expect(sentBody(fetchMock)).toEqual({
      occurredAt: NOW.toISOString(),
      kind: 'meeting',
      initiatedBy: 'partner',
      summary: 'Afspraken over stageplaatsen',
      organisationIds: ['org-1'],
      participantIds: [],
    });
  });

  it('adds participants and another organisation', async () => {
    const fetchMock = mockApi({
      'POST /api/coalitions/c1/interactions': () => jsonResponse(201, buildInteraction()),
    });
    const { user, onLogged } = renderForm();

    await user.selectOptions(screen.getByLabelText('Kind'), 'site_visit');
    await user.selectOptions(screen.getByLabelText('Add another organisation…'), 'org-2');
    await user.click(screen.getByLabelText('Tom Hagen'));
    await user.click(screen.getByLabelText('Sanne de Vries'));
    await user.click(screen.getByRole('button', { name: 'Log interaction' }));

    await waitFor(() => expect(onLogged).toHaveBeenCalled());
    expect(sentBody(fetchMock)).toMatchObject({
      kind: 'site_visit',
      initiatedBy: 'coalition',
      summary: null,
      organisationIds: ['org-1', 'org-2'],
      participantIds: ['p-1', 's-1'],
    });
  });

  it('refuses a moment more than a day ahead before asking the API', async () => {
    const fetchMock = mockApi({});
    const { user } = renderForm();

    const when = screen.getByLabelText('When');
    await user.clear(when);
    await user.type(when, '2099-01-01T10:00');
    await user.click(screen.getByRole('button', { name: 'Log interaction' }));

    await waitFor(() =>
      expect(when).toHaveAccessibleDescription('Cannot be more than a day ahead'),
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the API’s field message next to the field', async () => {
    mockApi({
      'POST /api/coalitions/c1/interactions': () =>
        errorResponse(400, 'Invalid input', {
          details: [
            { field: 'occurredAt', message: 'must not be more than one day in the future' },
          ],
        }),
    });
    const { user } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Log interaction' }));

    await waitFor(() =>
      expect(screen.getByLabelText('When')).toHaveAccessibleDescription(
        'must not be more than one day in the future',
      ),
    );
  });
});
