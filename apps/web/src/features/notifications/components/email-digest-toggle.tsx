import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../api/get-preferences';
import { useUpdatePreferences } from '../api/update-preferences';

/** "E-mail me a daily digest": the digest is always in the app; this only switches the e-mail. */
export function EmailDigestToggle() {
  const { t } = useTranslation();
  const hintId = useId();
  const preferences = usePreferences();
  const update = useUpdatePreferences();
  // While saving, show what the user chose rather than flicking back.
  const checked = update.isPending
    ? update.variables.emailDigest
    : (preferences.data?.emailDigest ?? false);

  return (
    <div className="email-digest-toggle">
      <label className="email-digest-toggle__label">
        <input
          type="checkbox"
          checked={checked}
          disabled={!preferences.data || update.isPending}
          aria-describedby={hintId}
          onChange={(event) =>
            preferences.data &&
            update.mutate({
              version: preferences.data.version,
              emailDigest: event.target.checked,
            })
          }
        />
        {t('notifications.emailDigest')}
      </label>
      <p id={hintId} className="email-digest-toggle__hint">
        {t('notifications.emailDigestHint')}
      </p>
      {(update.isError || preferences.isError) && (
        <p className="email-digest-toggle__error" role="alert">
          {t(
            update.isError ? 'notifications.emailDigestFailed' : 'notifications.preferencesFailed',
          )}
        </p>
      )}
    </div>
  );
}
