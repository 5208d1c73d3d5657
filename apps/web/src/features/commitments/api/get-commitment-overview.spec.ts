import { buildCommitmentRow } from '../../../testing/work-builders';
import { summariseByKind } from './get-commitment-overview';

describe('summariseByKind', () => {
  it('adds up values per kind and quantities per unit, largest pledge first', () => {
    const overview = summariseByKind([
      buildCommitmentRow(),
      buildCommitmentRow({
        id: 'c2',
        quantity: 5,
        deliveredQuantity: 5,
        pledgedValueEur: 12500,
        deliveredValueEur: 12500,
      }),
      buildCommitmentRow({
        id: 'c3',
        kind: 'staff_hours',
        unit: 'hours',
        quantity: 40,
        deliveredQuantity: 10.5,
        pledgedValueEur: 3000,
        deliveredValueEur: 787.5,
      }),
      buildCommitmentRow({
        id: 'c4',
        kind: 'staff_hours',
        unit: 'sessions',
        quantity: 2,
        deliveredQuantity: 0,
        pledgedValueEur: 0.1,
        deliveredValueEur: 0,
      }),
    ]);

    expect(overview).toEqual({
      count: 4,
      pledgedValueEur: 40500.1,
      deliveredValueEur: 23287.5,
      byKind: [
        {
          kind: 'internships',
          count: 2,
          pledgedValueEur: 37500,
          deliveredValueEur: 22500,
          quantities: [{ unit: 'places', pledged: 15, delivered: 9 }],
        },
        {
          kind: 'staff_hours',
          count: 2,
          pledgedValueEur: 3000.1,
          deliveredValueEur: 787.5,
          quantities: [
            { unit: 'hours', pledged: 40, delivered: 10.5 },
            { unit: 'sessions', pledged: 2, delivered: 0 },
          ],
        },
      ],
    });
  });
});
