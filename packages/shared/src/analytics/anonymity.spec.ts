import { anonymisedAggregate, quartiles } from './anonymity';

describe('quartiles', () => {
  it('interpolates like percentile_cont', () => {
    expect(quartiles([1, 2, 3, 4])).toEqual({ p25: 1.75, median: 2.5, p75: 3.25 });
    expect(quartiles([1, 2, 3, 4, 5])).toEqual({ p25: 2, median: 3, p75: 4 });
    expect(quartiles([10, 20, 30])).toEqual({ p25: 15, median: 20, p75: 25 });
  });

  it('sorts without changing the caller’s list', () => {
    const values = [4, 1, 3, 2];
    expect(quartiles(values)).toEqual({ p25: 1.75, median: 2.5, p75: 3.25 });
    expect(values).toEqual([4, 1, 3, 2]);
  });

  it('answers the value itself for one value', () => {
    expect(quartiles([7])).toEqual({ p25: 7, median: 7, p75: 7 });
  });

  it('rejects an empty list and non-finite values', () => {
    expect(() => quartiles([])).toThrow(RangeError);
    expect(() => quartiles([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('anonymisedAggregate', () => {
  it('withholds an aggregate over 2 other organisations', () => {
    const result = anonymisedAggregate([100, 200]);
    expect(result).toMatchObject({ withheld: true, count: 2 });
    expect(result.withheld && result.reason).toMatch(/anonymous/);
  });

  it('shows an aggregate over 3 other organisations', () => {
    expect(anonymisedAggregate([300, 100, 200])).toEqual({
      withheld: false,
      count: 3,
      p25: 150,
      median: 200,
      p75: 250,
    });
  });

  it('withholds when there is nobody else', () => {
    expect(anonymisedAggregate([])).toMatchObject({ withheld: true, count: 0 });
    expect(anonymisedAggregate([], 0)).toMatchObject({ withheld: true, count: 0 });
  });

  it('takes a stricter threshold', () => {
    expect(anonymisedAggregate([1, 2, 3, 4], 5).withheld).toBe(true);
  });
});
