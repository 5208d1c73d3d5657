import { fairShare, SIZE_WEIGHTS } from './fair-share';

describe('fairShare', () => {
  it('weighs size classes 1, 2, 4, 8', () => {
    expect(SIZE_WEIGHTS).toEqual({ micro: 1, small: 2, medium: 4, large: 8 });
  });

  it('gives 0 to a company that delivered nothing while others did', () => {
    expect(
      fairShare([
        { id: 'A', sizeClass: 'small', deliveredValueEur: 0 },
        { id: 'B', sizeClass: 'small', deliveredValueEur: 100 },
      ]),
    ).toEqual({ A: 0, B: 2 });
  });

  it('gives 1 to a company alone in the coalition', () => {
    expect(fairShare([{ id: 'A', sizeClass: 'medium', deliveredValueEur: 42 }])).toEqual({ A: 1 });
  });

  it('answers an empty record for no companies', () => {
    expect(fairShare([])).toEqual({});
  });

  it('rounds to 2 decimals', () => {
    const result = fairShare([
      { id: 'A', sizeClass: 'micro', deliveredValueEur: 1 },
      { id: 'B', sizeClass: 'micro', deliveredValueEur: 2 },
    ]);
    expect(result).toEqual({ A: 0.67, B: 1.33 });
  });
});
