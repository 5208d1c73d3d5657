import { buildInsight, buildOrganisation } from '../../../testing/record-builders';
import { needsClientSide, readTableState, writeTableState } from './organisation-table-state';
import { filterByInsight, sortRows, type OrganisationRow } from './use-organisation-table';

function row(
  id: string,
  health: 'engaged' | 'cooling' | 'dormant' | 'no_contact' | null,
  risk: 'low' | 'medium' | 'high' = 'low',
  riskScore = 0,
): OrganisationRow {
  return {
    organisation: buildOrganisation({ id, name: id }),
    insight:
      health === null
        ? null
        : buildInsight({
            organisationId: id,
            name: id,
            engagement: { score: 1, peak: 2, index: 50, daysSinceLastInteraction: 10, health },
            succession: { level: risk, score: riskScore, factors: [] },
          }),
  };
}

describe('organisation table state', () => {
  it('reads filters from the URL and writes back only what is set', () => {
    const state = readTableState(new URLSearchParams('health=cooling&sort=-risk&page=2&kind=nope'));

    expect(state).toMatchObject({
      health: 'cooling',
      kind: null,
      sort: { key: 'risk', descending: true },
      page: 2,
    });
    expect(writeTableState(state).toString()).toBe('health=cooling&sort=-risk&page=2');
  });

  it('goes client-side only for health, risk or their sorts', () => {
    expect(needsClientSide(readTableState(new URLSearchParams('kind=company&sort=city')))).toBe(
      false,
    );
    expect(needsClientSide(readTableState(new URLSearchParams('risk=high')))).toBe(true);
    expect(needsClientSide(readTableState(new URLSearchParams('sort=engagement')))).toBe(true);
  });
});

describe('joining organisations to insights', () => {
  it('keeps the organisations with the chosen health and risk; left ones have none', () => {
    const rows = [
      row('a', 'cooling', 'high'),
      row('b', 'cooling'),
      row('c', 'engaged'),
      row('d', null),
    ];

    expect(filterByInsight(rows, 'cooling', null).map((r) => r.organisation.id)).toEqual([
      'a',
      'b',
    ]);
    expect(filterByInsight(rows, 'cooling', 'high').map((r) => r.organisation.id)).toEqual(['a']);
    expect(filterByInsight(rows, null, null)).toHaveLength(4);
  });

  it('sorts worst health and highest risk first, missing insights last', () => {
    const rows = [
      row('engaged', 'engaged'),
      row('none', null),
      row('dormant', 'dormant'),
      row('cooling', 'cooling'),
    ];
    expect(
      sortRows(rows, { key: 'health', descending: false }).map((r) => r.organisation.id),
    ).toEqual(['dormant', 'cooling', 'engaged', 'none']);

    const risky = [
      row('low', 'engaged'),
      row('high-40', 'engaged', 'high', 40),
      row('high-60', 'engaged', 'high', 60),
      row('medium', 'engaged', 'medium', 15),
    ];
    expect(
      sortRows(risky, { key: 'risk', descending: false }).map((r) => r.organisation.id),
    ).toEqual(['high-60', 'high-40', 'medium', 'low']);
  });
});
