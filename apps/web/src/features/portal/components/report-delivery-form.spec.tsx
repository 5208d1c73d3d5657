import type { ContributionDto } from '@regiokracht/shared';
import { screen, waitFor } from '@testing-library/react';
import { errorResponse, jsonResponse, mockApi } from '../../../testing/fetch-mock';
import { buildPortalCommitment } from '../../../testing/portal-builders';
import { renderWithProviders } from '../../../testing/render';
import { todayIso } from '../../../lib/format';
import { ReportDeliveryForm } from './report-delivery-form';

const PATH = '/api/coalitions/c1/commitments/commitment-1/contributions';

function renderForm() {
  const onDone = jest.fn<void, [ContributionDto]>();
  return {
    onDone,
    ...renderWithProviders(
      <ReportDeliveryForm
        coalitionId="c1"
        commitment={buildPortalCommitment()}
        onDone={onDone}
        onCancel={jest.fn()}
      />,
    ),
  };
}

describe('ReportDeliveryForm', () => {
  it('reports a delivery dated today by default, with a Dutch decimal comma', async () => {
    const bodies: unknown[] = [];
    mockApi({
      [`POST ${PATH}`]: ({ init }) => {
        const body = JSON.parse(init?.body as string) as Record<string, unknown>;
        bodies.push(body);
        return jsonResponse(201, {
          id: 'k1',
          commitmentId: 'commitment-1',
          valueEur: 450,
          ...body,
        });
      },
    });
    const { user, onDone } = renderForm();

    expect(
      screen.getByText(/Guest lectures: 8 sessions of 10 sessions delivered so far\./),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Delivered on')).toHaveValue(todayIso());
    await user.type(screen.getByLabelText('Quantity (sessions)'), '1,5');
    await user.type(screen.getByLabelText('Note (optional)'), 'Gastles klas 2B');
    await user.click(screen.getByRole('button', { name: 'Report delivery' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(bodies).toEqual([{ deliveredOn: todayIso(), quantity: 1.5, note: 'Gastles klas 2B' }]);
  });

  it('submits with Enter from the quantity field', async () => {
    const fetchMock = mockApi({
      [`POST ${PATH}`]: () =>
        jsonResponse(201, { id: 'k1', commitmentId: 'commitment-1', quantity: 2, valueEur: 600 }),
    });
    const { user, onDone } = renderForm();

    await user.type(screen.getByLabelText('Quantity (sessions)'), '2{Enter}');

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('checks the quantity before sending', async () => {
    const fetchMock = mockApi({});
    const { user } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Report delivery' }));
    expect(await screen.findByText('Enter how much was delivered')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Quantity (sessions)'), '1.234');
    await user.click(screen.getByRole('button', { name: 'Report delivery' }));
    expect(
      await screen.findByText('Enter a number with at most two decimals, like 2 or 1.5'),
    ).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Quantity (sessions)'));
    await user.type(screen.getByLabelText('Quantity (sessions)'), '0');
    await user.click(screen.getByRole('button', { name: 'Report delivery' }));
    expect(await screen.findByText('Enter a quantity greater than 0')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the API’s answer next to the field it names, and others above the form', async () => {
    let calls = 0;
    mockApi({
      [`POST ${PATH}`]: () => {
        calls += 1;
        return calls === 1
          ? errorResponse(400, 'deliveredOn: must be a date', {
              details: [{ field: 'deliveredOn', message: 'must be a date (YYYY-MM-DD)' }],
            })
          : errorResponse(409, 'Nothing can be delivered on a withdrawn commitment', {
              details: [{ field: 'commitmentId', message: 'the commitment is withdrawn' }],
            });
      },
    });
    const { user } = renderForm();

    await user.type(screen.getByLabelText('Quantity (sessions)'), '1');
    await user.click(screen.getByRole('button', { name: 'Report delivery' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Delivered on')).toHaveAccessibleDescription(
        'must be a date (YYYY-MM-DD)',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Report delivery' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing can be delivered on a withdrawn commitment',
    );
  });
});
