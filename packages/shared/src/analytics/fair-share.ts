import { roundTo } from './round';
import type { SizeClass } from './types';

/** A larger company is expected to carry proportionally more (docs/analytics.md, "Fair share"). */
export const SIZE_WEIGHTS: Readonly<Record<SizeClass, number>> = {
  micro: 1,
  small: 2,
  medium: 4,
  large: 8,
};

export interface FairShareCompany {
  id: string;
  sizeClass: SizeClass;
  /** Σ contribution.quantity × commitment.unitValueEur over the period. */
  deliveredValueEur: number;
}

/**
 * Fair-share index per company: (own delivered / all delivered) ÷ (own weight / all weights),
 * rounded to 2 decimals; 1.0 is a fair share. Every index is null when the companies delivered
 * nothing in total: with no deliveries there is nothing to share out, and 0 would read as
 * "free-riding" for everyone.
 */
export function fairShare(companies: readonly FairShareCompany[]): Record<string, number | null> {
  const weightOf = (company: FairShareCompany) => {
    const weight = SIZE_WEIGHTS[company.sizeClass];
    if (weight === undefined) {
      throw new RangeError(`Unknown size class for ${company.id}: ${String(company.sizeClass)}`);
    }
    return weight;
  };
  const totalDelivered = companies.reduce((sum, c) => sum + c.deliveredValueEur, 0);
  const totalWeight = companies.reduce((sum, c) => sum + weightOf(c), 0);

  const indexes: Record<string, number | null> = {};
  for (const company of companies) {
    // One division instead of two keeps the rounding error of the ratio of ratios small.
    indexes[company.id] =
      totalDelivered > 0
        ? roundTo(
            (company.deliveredValueEur * totalWeight) / (totalDelivered * weightOf(company)),
            2,
          )
        : null;
  }
  return indexes;
}
