import { roundTo } from './round';

describe('roundTo', () => {
  it('rounds a printed half away from zero despite binary noise', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(0.12345, 4)).toBe(0.1235);
  });

  it('never answers -0', () => {
    expect(Object.is(roundTo(-0.00001, 2), 0)).toBe(true);
  });
});
