import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { useMe } from '../../features/auth/api/get-me';
import { ActionItemsWorkspace } from '../../features/action-items/components/action-items-workspace';
import { useCoalitionId, useCurrentMembership } from '../layout/use-coalition';

export default function ActionItemsRoute() {
  const { t } = useTranslation();
  const coalitionId = useCoalitionId();
  const membership = useCurrentMembership();
  const { user } = useMe();
  const canEdit = membership?.role === 'coordinator' || membership?.role === 'member';
  return (
    <>
      <PageHeader title={t('nav.actionItems')} description={t('sections.actionItems')} />
      <ActionItemsWorkspace
        // A new coalition starts with a clean selection and no half-finished edit.
        key={coalitionId}
        coalitionId={coalitionId}
        canEdit={canEdit}
        me={{ email: user.email }}
      />
    </>
  );
}
