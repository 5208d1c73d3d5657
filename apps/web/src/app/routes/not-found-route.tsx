import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { useDocumentTitle } from '../../lib/use-document-title';
import { StandalonePage } from '../layout/standalone-page';

export default function NotFoundRoute({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.pageNotFoundTitle'));
  const content = (
    <EmptyState
      headingLevel={1}
      title={t('errors.pageNotFoundTitle')}
      description={t('errors.pageNotFoundDescription')}
      action={
        <Link className="btn btn--primary" to="/">
          {t('errors.goHome')}
        </Link>
      }
    />
  );
  return standalone ? <StandalonePage>{content}</StandalonePage> : content;
}
