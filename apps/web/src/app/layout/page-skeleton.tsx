import { useTranslation } from 'react-i18next';
import { Skeleton } from '../../components/ui/skeleton';
import { Spinner } from '../../components/ui/spinner';

/** Stands in for a page while its code loads; the same outline as a page, so nothing jumps. */
export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="page-skeleton" aria-busy="true">
      <span className="visually-hidden" role="status">
        {t('app.loadingPage')}
      </span>
      <Skeleton height="2rem" width="16rem" />
      <Skeleton height="1rem" width="28rem" />
      <Skeleton height="10rem" />
    </div>
  );
}

/** While the session is checked at start-up. */
export function FullPageLoading() {
  const { t } = useTranslation();
  return (
    <div className="full-page-center">
      <Spinner label={t('app.loading')} />
    </div>
  );
}
