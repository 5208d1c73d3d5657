import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { isStaleVersionError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';

export interface ConflictNoticeProps {
  error: unknown;
  /** What failed, e.g. "Changing the owner of “Sign the covenant”". */
  what: string;
  onRetry: () => void;
  onDismiss: () => void;
  retrying?: boolean;
}

/**
 * A failed change, with the way out: after a 409 reload the record and apply the same change to
 * the current version; after anything else just try again.
 */
export function ConflictNotice({ error, what, onRetry, onDismiss, retrying }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const stale = isStaleVersionError(error);
  return (
    <div className="alert alert--error conflict-notice" role="alert">
      <p>
        <strong>{what}</strong> {stale ? t('actionItems.conflict.stale') : describeError(error, t)}
      </p>
      <div className="conflict-notice__actions">
        <Button size="sm" variant="primary" onClick={onRetry} pending={retrying}>
          {stale ? t('actionItems.conflict.reloadAndRetry') : t('actionItems.conflict.tryAgain')}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          {t('actionItems.conflict.dismiss')}
        </Button>
      </div>
    </div>
  );
}
