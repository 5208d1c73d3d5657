import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { renderWithProviders } from '../../../testing/render';
import { buildStaffPerson, pageOf } from '../../../testing/work-builders';
import { OwnerCombobox, type PersonOption } from './owner-combobox';

function Harness({ onChange }: { onChange: (person: PersonOption | null) => void }) {
  const [value, setValue] = useState<PersonOption | null>({ id: 'p-0', name: 'Peter de Groot' });
  return (
    <OwnerCombobox
      coalitionId="c1"
      label="Owner"
      value={value}
      allowClear
      onChange={(person) => {
        setValue(person);
        onChange(person);
      }}
    />
  );
}

describe('OwnerCombobox', () => {
  beforeEach(() => {
    mockApi({
      'GET /api/coalitions/c1/people': ({ url }) => {
        const q = url.searchParams.get('q') ?? '';
        const people = [buildStaffPerson(), buildStaffPerson({ id: 'p-2', name: 'Lotte Jansen' })];
        return jsonResponse(200, pageOf(people.filter((p) => p.name.includes(q))));
      },
    });
  });

  it('chooses with the keyboard: arrows to move, Enter to pick', async () => {
    const onChange = jest.fn();
    const { user } = renderWithProviders(<Harness onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Owner' });

    await user.click(input);
    await user.keyboard('Lotte');
    await screen.findByRole('option', { name: 'Lotte Jansen' });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2)); // Lotte + "No owner"
    await user.keyboard('{Enter}');

    expect(onChange).toHaveBeenCalledWith({ id: 'p-2', name: 'Lotte Jansen' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('Lotte Jansen');
  });

  it('offers "No owner" and Escape restores the current owner', async () => {
    const onChange = jest.fn();
    const { user } = renderWithProviders(<Harness onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Owner' });

    await user.click(input);
    expect(
      await screen.findByRole('option', { name: 'No owner (make unowned)' }),
    ).toBeInTheDocument();
    await user.keyboard('xyz{Escape}');

    expect(input).toHaveValue('Peter de Groot');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(onChange).not.toHaveBeenCalled();

    await user.click(input);
    await user.click(await screen.findByRole('option', { name: 'No owner (make unowned)' }));
    expect(onChange).toHaveBeenCalledWith(null);
  });
});
