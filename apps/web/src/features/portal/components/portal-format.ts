import type { CommitmentStatus, CommitmentUnit } from '@regiokracht/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BadgeTone } from '../../../components/ui/badge';
import { useFormat } from '../../../lib/format';

/** "12 places", "40 hours", or "€1,500" when the unit is euros. */
export function useQuantityFormat() {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (quantity: number, unit: CommitmentUnit) =>
      unit === 'eur'
        ? format.currency(quantity)
        : `${format.number(quantity)} ${t(`portal.units.${unit}`, { count: quantity })}`,
    [format, t],
  );
}

/** "1 Feb 2026 – 1 Feb 2027", "from 1 Feb 2026", … */
export function usePeriodFormat() {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (startsOn: string | null, endsOn: string | null) => {
      if (startsOn && endsOn) {
        return t('portal.delivery.periodRange', {
          from: format.date(startsOn),
          to: format.date(endsOn),
        });
      }
      if (startsOn) return t('portal.delivery.periodFrom', { from: format.date(startsOn) });
      if (endsOn) return t('portal.delivery.periodUntil', { to: format.date(endsOn) });
      return t('portal.delivery.noPeriod');
    },
    [format, t],
  );
}

export const STATUS_TONES: Record<CommitmentStatus, BadgeTone> = {
  proposed: 'neutral',
  pledged: 'accent',
  active: 'green',
  fulfilled: 'green',
  lapsed: 'amber',
  withdrawn: 'grey',
};

/** Proposed and withdrawn commitments are not (or no longer) pledged: listed, not counted. */
export function countsAsPledged(status: CommitmentStatus): boolean {
  return status !== 'proposed' && status !== 'withdrawn';
}

export const roundCents = (value: number) => Math.round(value * 100) / 100;
