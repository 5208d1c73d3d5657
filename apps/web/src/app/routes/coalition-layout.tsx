import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { useMe } from '../../features/auth/api/get-me';
import { CoalitionSwitcher } from '../../features/coalitions/components/coalition-switcher';
import { useRememberCoalition } from '../../features/coalitions/hooks/use-last-coalition';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AppShell } from '../layout/app-shell';
import { PageSkeleton } from '../layout/page-skeleton';
import { sectionsFor, switchCoalitionPath } from '../layout/sections';
import { useCoalitionId, useCurrentMembership } from '../layout/use-coalition';

function CoalitionNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('coalition.notFoundTitle'));
  return (
    <Card>
      <EmptyState
        headingLevel={1}
        title={t('coalition.notFoundTitle')}
        description={t('coalition.notFoundDescription')}
        action={
          <Link className="btn btn--primary" to="/">
            {t('coalition.toStart')}
          </Link>
        }
      />
    </Card>
  );
}

export default function CoalitionLayout() {
  const coalitionId = useCoalitionId();
  const { user, memberships } = useMe();
  const membership = useCurrentMembership();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useRememberCoalition(membership ? coalitionId : null);

  if (!membership) {
    return (
      <AppShell user={user} role={null}>
        <CoalitionNotFound />
      </AppShell>
    );
  }

  return (
    <AppShell
      user={user}
      role={membership.role}
      coalition={{
        id: coalitionId,
        sections: sectionsFor(membership.role),
        switcher: (
          <CoalitionSwitcher
            memberships={memberships}
            currentCoalitionId={coalitionId}
            onSwitch={(id) => void navigate(switchCoalitionPath(pathname, id))}
          />
        ),
      }}
    >
      <Suspense fallback={<PageSkeleton />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}
