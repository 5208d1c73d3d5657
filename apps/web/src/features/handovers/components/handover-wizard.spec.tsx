import type { HandoverDto } from '@regiokracht/shared';
import { screen, waitFor } from '@testing-library/react';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { buildPerson } from '../../../testing/record-builders';
import { renderWithProviders } from '../../../testing/render';
import { HandoverWizard } from './handover-wizard';
import type { HandoverStep } from './handover-stepper';
import { buildHandover, buildItem } from './handover-test-builders';

const PATH = '/api/coalitions/c1/handovers/handover-1';

function renderWizard(handover: HandoverDto, step: HandoverStep, canEdit = true) {
  const onStep = jest.fn();
  return {
    onStep,
    ...renderWithProviders(
      <HandoverWizard
        coalitionId="c1"
        handover={handover}
        people={[buildPerson({ id: 'emma', name: 'Emma Brouwer' })]}
        step={step}
        onStep={onStep}
        canEdit={canEdit}
      />,
    ),
  };
}

describe('HandoverWizard', () => {
  it('after a 409 reloads the draft and saves the same dossier on the current version', async () => {
    const handover = buildHandover([buildItem()]);
    const patches: unknown[] = [];
    mockApi({
      [`PATCH ${PATH}`]: ({ init }) => {
        const body = JSON.parse(init?.body as string) as { version: number };
        patches.push(body);
        return body.version === 3
          ? errorResponse(409, 'Handover was changed by someone else', { currentVersion: 4 })
          : jsonResponse(200, { ...handover, version: 5, notes: 'Call Koudijs first' });
      },
      [`GET ${PATH}`]: () => jsonResponse(200, { ...handover, version: 4 }),
    });
    const { user, onStep } = renderWizard(handover, 'dossier');

    await user.type(screen.getByLabelText('Dossier for the successor'), 'Call Koudijs first');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText(/Someone else changed this handover meanwhile/);
    expect(screen.getByLabelText('Dossier for the successor')).toHaveValue('Call Koudijs first');

    await user.click(screen.getByRole('button', { name: 'Reload and save my choices' }));
    await waitFor(() => expect(onStep).toHaveBeenCalledWith('confirm'));
    expect(patches).toEqual([
      { notes: 'Call Koudijs first', version: 3 },
      { notes: 'Call Koudijs first', version: 4 },
    ]);
  });

  it('lists what blocks completion, with the way back to the successors', async () => {
    const handover = buildHandover([buildItem()]);
    mockApi({
      [`POST ${PATH}/complete`]: () =>
        errorResponse(409, 'The handover cannot be completed yet', {}),
      [`GET ${PATH}`]: () => jsonResponse(200, handover),
    });
    const { user, onStep } = renderWizard(handover, 'confirm');

    expect(screen.getByText('Koudijs Klimaattechniek — no successor chosen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Complete handover' }));
    await screen.findByText('The handover cannot be completed yet');
    await user.click(screen.getByRole('button', { name: 'Choose successors' }));
    expect(onStep).toHaveBeenCalledWith('successors');
  });

  it('lets a viewer read the steps without saving or completing', async () => {
    const fetchMock = mockApi({});
    const handover = buildHandover([buildItem()]);
    const { user, onStep } = renderWizard(handover, 'successors', false);

    expect(screen.getByLabelText('Default successor')).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onStep).toHaveBeenCalledWith('dossier');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('hides “Complete handover” from a viewer', () => {
    renderWizard(buildHandover([buildItem()]), 'confirm', false);
    expect(screen.queryByRole('button', { name: 'Complete handover' })).not.toBeInTheDocument();
  });
});
