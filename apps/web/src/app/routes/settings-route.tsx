import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { useMe } from '../../features/auth/api/get-me';
import { MembersPanel } from '../../features/members/components/members-panel';
import { AnalyticsSettingsCard } from '../../features/settings/components/analytics-settings-card';
import { useCoalitionId } from '../layout/use-coalition';

/** Coordinators only: the section loader sends other roles to their start page. */
export default function SettingsRoute() {
  const { t } = useTranslation();
  const coalitionId = useCoalitionId();
  const { user } = useMe();
  const queryClient = useQueryClient();
  return (
    <>
      <PageHeader title={t('nav.settings')} description={t('settings.description')} />
      <AnalyticsSettingsCard
        key={coalitionId}
        coalitionId={coalitionId}
        // New thresholds move every health and score on every page: refetch all but the session.
        onSaved={() =>
          void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'auth' })
        }
      />
      <MembersPanel
        key={`members-${coalitionId}`}
        coalitionId={coalitionId}
        currentUserId={user.id}
      />
    </>
  );
}
