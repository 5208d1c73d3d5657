import type { Health, RiskLevel } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';

/** Green, amber, red and grey only, so a sparkline can take the same tone as the badge. */
export const HEALTH_TONES: Record<Health, 'green' | 'amber' | 'red' | 'grey'> = {
  engaged: 'green',
  cooling: 'amber',
  dormant: 'red',
  no_contact: 'grey',
};

export const RISK_TONES: Record<RiskLevel, BadgeTone> = {
  low: 'green',
  medium: 'amber',
  high: 'red',
};

export function HealthBadge({ health }: { health: Health }) {
  const { t } = useTranslation();
  return <Badge tone={HEALTH_TONES[health]}>{t(`analytics.health.${health}`)}</Badge>;
}

/** `short` ("High") where a column header already says "Risk". */
export function RiskBadge({ level, short = false }: { level: RiskLevel; short?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge tone={RISK_TONES[level]}>
      {short ? t(`analytics.riskShort.${level}`) : t(`analytics.risk.${level}`)}
    </Badge>
  );
}
