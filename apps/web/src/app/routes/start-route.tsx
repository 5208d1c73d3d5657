import { useTranslation } from 'react-i18next';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { useMe } from '../../features/auth/api/get-me';
import { AppShell } from '../layout/app-shell';

/** `/` for a user without any membership; everyone else is redirected by `startLoader`. */
export default function StartRoute() {
  const { t } = useTranslation();
  const { user } = useMe();
  return (
    <AppShell user={user} role={null}>
      <PageHeader title={t('home.title')} />
      <Card>
        <EmptyState
          title={t('home.noCoalitionTitle')}
          description={t('home.noCoalitionDescription')}
        />
      </Card>
    </AppShell>
  );
}
