import type { CommitmentStatus, CommitmentUnit } from '@regiokracht/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { useFormat } from '../../../lib/format';

/** "12 places", "40 hours", or "€1,500" when the unit is euros. */
export function useQuantityFormat() {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (quantity: number, unit: CommitmentUnit) =>
      unit === 'eur'
        ? format.currency(quantity)
        : `${format.number(quantity)} ${t(`commitments.units.${unit}`, { count: quantity })}`,
    [format, t],
  );
}

const STATUS_TONES: Record<CommitmentStatus, BadgeTone> = {
  proposed: 'neutral',
  pledged: 'accent',
  active: 'green',
  fulfilled: 'green',
  lapsed: 'amber',
  withdrawn: 'grey',
};

export function CommitmentStatusBadge({ status }: { status: CommitmentStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONES[status]}>{t(`commitments.statuses.${status}`)}</Badge>;
}
