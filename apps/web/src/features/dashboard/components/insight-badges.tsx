import type { Health, RiskLevel } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';

export const HEALTH_TONES: Record<Health, 'green' | 'amber' | 'red' | 'grey'> = {
  engaged: 'green',
  cooling: 'amber',
  dormant: 'red',
  no_contact: 'grey',
};

export function HealthBadge({ health }: { health: Health }) {
  const { t } = useTranslation();
  return <Badge tone={HEALTH_TONES[health]}>{t(`analytics.health.${health}`)}</Badge>;
}

export function RiskBadge({ level }: { level: RiskLevel }) {
  const { t } = useTranslation();
  const tone = level === 'high' ? 'red' : level === 'medium' ? 'amber' : 'green';
  return <Badge tone={tone}>{t(`analytics.risk.${level}`)}</Badge>;
}
