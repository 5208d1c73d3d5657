import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../../lib/connection-status';

/**
 * A calm notice while the API cannot be reached or answers 503: reads retry by themselves and
 * nothing typed is lost, so the user only needs to know to wait a moment.
 */
export function ConnectionNotice() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return (
    <div className="connection-notice" role="status" aria-live="polite">
      {state === 'lost' && (
        <p className="connection-notice__text" data-testid="connection-lost">
          <span className="connection-notice__dot" aria-hidden="true" />
          {t('connection.lost')}
        </p>
      )}
    </div>
  );
}
