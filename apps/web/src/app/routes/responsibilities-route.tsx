import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { ResponsibilitiesOverview } from '../../features/responsibilities/components/responsibilities-overview';
import { useCoalitionId } from '../layout/use-coalition';

export default function ResponsibilitiesRoute() {
  const { t } = useTranslation();
  const coalitionId = useCoalitionId();
  return (
    <>
      <PageHeader title={t('nav.responsibilities')} description={t('sections.responsibilities')} />
      <ResponsibilitiesOverview key={coalitionId} coalitionId={coalitionId} />
    </>
  );
}
