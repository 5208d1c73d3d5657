import { screen, within } from '@testing-library/react';
import { buildMembership } from '../../../testing/builders';
import { renderWithProviders } from '../../../testing/render';
import { CoalitionSwitcher } from './coalition-switcher';

const memberships = [
  buildMembership({ coalitionId: 'zwolle', coalitionName: 'Zwolse Koers', role: 'member' }),
  buildMembership({ coalitionId: 'leiden', coalitionName: 'CIV Bio Sciences Leiden' }),
  buildMembership({ coalitionId: 'noord', coalitionName: 'DNA Noord', role: 'viewer' }),
];

describe('CoalitionSwitcher', () => {
  it('lists every membership by name, alphabetically, with the open coalition selected', () => {
    renderWithProviders(
      <CoalitionSwitcher
        memberships={memberships}
        currentCoalitionId="zwolle"
        onSwitch={jest.fn()}
      />,
    );

    const select = screen.getByRole('combobox', { name: 'Coalition' });
    const options = within(select).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'CIV Bio Sciences Leiden',
      'DNA Noord',
      'Zwolse Koers',
    ]);
    expect(select).toHaveValue('zwolle');
  });

  it('reports the chosen coalition', async () => {
    const onSwitch = jest.fn();
    const { user } = renderWithProviders(
      <CoalitionSwitcher
        memberships={memberships}
        currentCoalitionId="zwolle"
        onSwitch={onSwitch}
      />,
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Coalition' }), 'DNA Noord');

    expect(onSwitch).toHaveBeenCalledWith('noord');
  });
});
