import { compareRiskLevel, isMoreThanADayAhead, leftBeforeJoined, riskRank } from './index';

describe('leftBeforeJoined', () => {
  it.each([
    ['2024-01-10', '2024-01-09', true],
    ['2024-01-10', '2024-01-10', false],
    ['2024-01-10', '2025-01-01', false],
    [null, '2024-01-01', false],
    ['2024-01-01', null, false],
    [undefined, undefined, false],
  ])('joined %s, left %s → %s', (joinedOn, leftOn, expected) => {
    expect(leftBeforeJoined(joinedOn, leftOn)).toBe(expected);
  });
});

describe('isMoreThanADayAhead', () => {
  const now = new Date('2025-06-15T12:00:00Z');
  it.each([
    ['2025-06-16T12:00:00Z', false],
    ['2025-06-16T12:00:00.001Z', true],
    ['2025-06-01T00:00:00Z', false],
  ])('%s → %s', (instant, expected) => {
    expect(isMoreThanADayAhead(instant, now)).toBe(expected);
  });
});

describe('risk order', () => {
  it('ranks high before medium before low', () => {
    expect(
      ['low', 'high', 'medium'].sort((a, b) => compareRiskLevel(a as never, b as never)),
    ).toEqual(['high', 'medium', 'low']);
    expect([riskRank('high'), riskRank('medium'), riskRank('low')]).toEqual([0, 1, 2]);
  });
});
