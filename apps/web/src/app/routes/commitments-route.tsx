import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { CommitmentsWorkspace } from '../../features/commitments/components/commitments-workspace';
import { useCoalitionId, useCurrentMembership } from '../layout/use-coalition';

export default function CommitmentsRoute() {
  const { t } = useTranslation();
  const coalitionId = useCoalitionId();
  const role = useCurrentMembership()?.role;
  return (
    <>
      <PageHeader title={t('nav.commitments')} description={t('sections.commitments')} />
      <CommitmentsWorkspace
        key={coalitionId}
        coalitionId={coalitionId}
        canReport={role === 'coordinator' || role === 'member'}
        showFairShare={role === 'coordinator' || role === 'member' || role === 'viewer'}
      />
    </>
  );
}
