import { screen } from '@testing-library/react';
import { buildPerson } from '../../../testing/record-builders';
import { renderWithProviders } from '../../../testing/render';
import { buildHandover, buildItem } from './handover-test-builders';
import { SuccessorsStep } from './successors-step';

const ITEMS = [
  buildItem(),
  buildItem({
    id: 'item-2',
    itemType: 'action_item',
    itemId: 'ai-1',
    label: 'Plan the site visit',
    organisationName: null,
  }),
  buildItem({ id: 'item-gone', label: 'Old partner', state: 'gone' }),
];
const CANDIDATES = [
  buildPerson({ id: 'emma', name: 'Emma Brouwer', organisationName: 'Albeda' }),
  buildPerson({ id: 'joost', name: 'Joost Bakker', organisationName: 'Zadkine' }),
];

function renderStep(serverErrors: Record<string, string> = {}) {
  const onSubmit = jest.fn();
  const result = renderWithProviders(
    <SuccessorsStep
      formId="form"
      handover={buildHandover(ITEMS)}
      candidates={CANDIDATES}
      onSubmit={onSubmit}
      serverErrors={serverErrors}
      footer={<button type="submit">Next</button>}
    />,
  );
  return { onSubmit, ...result };
}

describe('SuccessorsStep', () => {
  it('sends the default successor and a per-item override for every open item', async () => {
    const { user, onSubmit } = renderStep();

    await user.selectOptions(screen.getByLabelText('Default successor'), 'emma');
    // The per-item select now names the default it falls back to.
    expect(
      screen.getByLabelText('Successor for Plan the site visit').querySelector('option')
        ?.textContent,
    ).toBe('Default (Emma Brouwer)');
    await user.selectOptions(
      screen.getByLabelText('Successor for Koudijs Klimaattechniek'),
      'joost',
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(onSubmit).toHaveBeenCalledWith({
      defaultSuccessorId: 'emma',
      items: [
        { id: 'item-1', successorId: 'joost' },
        { id: 'item-2', successorId: null, drop: false },
      ],
    });
    // Items the person no longer holds are not offered.
    expect(screen.queryByText('Old partner')).not.toBeInTheDocument();
  });

  it('narrows the default successor options by search', async () => {
    const { user } = renderStep();
    await user.type(screen.getByLabelText('Search: Default successor'), 'zadk');
    const options = [...screen.getByLabelText('Default successor').querySelectorAll('option')];
    expect(options.map((o) => o.textContent)).toEqual([
      'No default successor',
      'Joost Bakker — Zadkine',
    ]);
  });

  it('requires a reason to drop an action item, and only action items can be dropped', async () => {
    const { user, onSubmit } = renderStep();
    expect(screen.getAllByRole('checkbox', { name: 'Drop this action item' })).toHaveLength(1);

    await user.click(screen.getByRole('checkbox', { name: 'Drop this action item' }));
    expect(screen.getByLabelText('Successor for Plan the site visit')).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const reason = screen.getByLabelText('Why drop it?');
    expect(reason).toHaveAccessibleDescription('Give a reason for dropping this action item.');
    expect(reason).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.type(reason, '  Visit already happened ');
    expect(reason).not.toHaveAccessibleDescription();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onSubmit).toHaveBeenCalledWith({
      defaultSuccessorId: null,
      items: [
        { id: 'item-1', successorId: null },
        { id: 'item-2', drop: true, dropReason: 'Visit already happened' },
      ],
    });
  });

  it('shows the API’s field errors next to the item they are about', () => {
    renderStep({ 'items.0.successorId': 'must be an active person of this coalition' });
    expect(screen.getByText('must be an active person of this coalition')).toBeInTheDocument();
    expect(screen.getByLabelText('Successor for Koudijs Klimaattechniek')).toBeInvalid();
  });
});
