import { explainFairShare } from './fair-share-explanation';

describe('explainFairShare', () => {
  const delivered = (index: number | null, indexWithheld: string | null = null) => ({
    deliveredValueEur: 1200,
    index,
    indexWithheld,
  });

  it.each([
    [1.2, 'above'],
    [1, 'fair'],
    [0.62, 'below'],
  ] as const)('reads an index of %s as %s a fair share', (index, kind) => {
    expect(explainFairShare(delivered(index), 'small')).toEqual({
      kind,
      deliveredValueEur: 1200,
      index,
    });
  });

  it('says nothing was delivered at an index of 0', () => {
    expect(explainFairShare(delivered(0), 'small')).toEqual({ kind: 'nothing' });
  });

  it('says why the index is missing: withheld, no size class, or no deliveries at all', () => {
    expect(explainFairShare(delivered(null, 'Withheld…'), 'small')).toEqual({
      kind: 'withheld',
      deliveredValueEur: 1200,
    });
    expect(explainFairShare(delivered(null), null)).toEqual({
      kind: 'noSizeClass',
      deliveredValueEur: 1200,
    });
    expect(explainFairShare(delivered(null), 'large')).toEqual({ kind: 'noDeliveries' });
    expect(explainFairShare(null, null)).toEqual({ kind: 'notCovered' });
  });
});
