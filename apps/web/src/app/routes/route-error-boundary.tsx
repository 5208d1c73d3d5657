import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { describeError } from '../../lib/error-message';
import { useDocumentTitle } from '../../lib/use-document-title';
import { StandalonePage } from '../layout/standalone-page';

function ErrorContent() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const title = notFound ? t('errors.pageNotFoundTitle') : t('errors.title');
  useDocumentTitle(title);
  return (
    <EmptyState
      headingLevel={1}
      title={title}
      description={notFound ? t('errors.pageNotFoundDescription') : describeError(error, t)}
      action={
        // A reload also fetches page code that a new deployment replaced.
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('errors.tryAgain')}
        </Button>
      }
    />
  );
}

/** When start-up fails (API unreachable, say) there is no shell to show the error in. */
export function RootErrorBoundary() {
  return (
    <StandalonePage>
      <ErrorContent />
    </StandalonePage>
  );
}

/** Inside the coalition shell: the header and navigation stay usable. */
export function PageErrorBoundary() {
  return <ErrorContent />;
}
