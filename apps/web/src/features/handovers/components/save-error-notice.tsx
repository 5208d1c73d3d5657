import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { isStaleVersionError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';

export interface SaveErrorNoticeProps {
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/** A failed save; after a 409 the way out reloads the draft and applies the same choices again. */
export function SaveErrorNotice({ error, onRetry, retrying }: SaveErrorNoticeProps) {
  const { t } = useTranslation();
  const stale = isStaleVersionError(error);
  return (
    <div className="alert alert--error handover-notice" role="alert">
      <p>{stale ? t('handovers.wizard.stale') : describeError(error, t)}</p>
      <Button size="sm" variant="primary" onClick={onRetry} pending={retrying}>
        {stale ? t('handovers.wizard.reloadAndRetry') : t('handovers.wizard.tryAgain')}
      </Button>
    </div>
  );
}
