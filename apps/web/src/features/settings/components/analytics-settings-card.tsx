import type { CoalitionDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../components/ui/card';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/error-message';
import { useCoalitionForSettings } from '../api/get-coalition';
import { AnalyticsSettingsForm } from './analytics-settings-form';
import '../../../components/ui/table-toolbar.css';
import './settings.css';

export interface AnalyticsSettingsCardProps {
  coalitionId: string;
  /** Every analytic on every page changes with these parameters. */
  onSaved: (coalition: CoalitionDto) => void;
}

export function AnalyticsSettingsCard({ coalitionId, onSaved }: AnalyticsSettingsCardProps) {
  const { t } = useTranslation();
  const query = useCoalitionForSettings(coalitionId);
  return (
    <Card title={t('settings.analytics.title')}>
      {query.isPending ? (
        <div className="settings-analytics" aria-busy="true">
          <span className="visually-hidden" role="status">
            {t('settings.loading')}
          </span>
          <Skeleton height="26rem" />
          <Skeleton height="16rem" />
        </div>
      ) : query.isError ? (
        <p className="alert alert--error" role="alert">
          {t('settings.loadFailed')} {describeError(query.error, t)}
        </p>
      ) : (
        <AnalyticsSettingsForm coalition={query.data} onSaved={onSaved} />
      )}
    </Card>
  );
}
