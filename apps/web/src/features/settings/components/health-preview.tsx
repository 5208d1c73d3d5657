import { HEALTHS, type CoalitionSettings, type Health } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import type { EngagementSnapshot } from '../api/get-engagement-numbers';
import { previewHealth } from './analytics-settings-rules';

const HEALTH_TONES: Record<Health, BadgeTone> = {
  engaged: 'green',
  cooling: 'amber',
  dormant: 'red',
  no_contact: 'grey',
};

const CHANGES_LISTED = 12;

export interface HealthPreviewProps {
  snapshot: EngagementSnapshot | undefined;
  isPending: boolean;
  error: unknown;
  /** The settings as typed; null while they are not valid. */
  proposed: CoalitionSettings | null;
}

/**
 * How the organisations' health would change with the typed thresholds, before anything is
 * saved. Classified in the browser with the shared `engagementHealth`.
 */
export function HealthPreview({ snapshot, isPending, error, proposed }: HealthPreviewProps) {
  const { t } = useTranslation();
  const format = useFormat();

  if (isPending) {
    return (
      <div className="health-preview" aria-busy="true">
        <span className="visually-hidden" role="status">
          {t('settings.preview.loading')}
        </span>
        <Skeleton height="12rem" />
      </div>
    );
  }
  if (error || !snapshot) {
    return (
      <p className="alert alert--error">
        {t('settings.preview.unavailable')} {describeError(error, t)}
      </p>
    );
  }
  if (!proposed) {
    return <p className="muted health-preview">{t('settings.preview.invalid')}</p>;
  }

  const preview = previewHealth(snapshot.organisations, snapshot.settings, proposed);
  const halfLifeChanged = proposed.halfLifeDays !== snapshot.settings.halfLifeDays;

  return (
    <div className="health-preview" aria-live="polite">
      <p className="health-preview__headline">
        {preview.changes.length === 0
          ? t('settings.preview.noChange', { count: snapshot.organisations.length })
          : t('settings.preview.changes', {
              count: preview.changes.length,
              total: snapshot.organisations.length,
            })}
      </p>
      <table className="table health-preview__table">
        <caption className="visually-hidden">{t('settings.preview.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.preview.health')}</th>
            <th scope="col" className="num">
              {t('settings.preview.now')}
            </th>
            <th scope="col" className="num">
              {t('settings.preview.after')}
            </th>
          </tr>
        </thead>
        <tbody>
          {HEALTHS.map((health) => {
            const difference = preview.after[health] - preview.before[health];
            return (
              <tr key={health}>
                <th scope="row">
                  <Badge tone={HEALTH_TONES[health]}>{t(`settings.health.${health}`)}</Badge>
                </th>
                <td className="num">{format.number(preview.before[health])}</td>
                <td className="num">
                  {format.number(preview.after[health])}
                  {difference !== 0 && (
                    <span className={`health-preview__delta${difference > 0 ? ' is-up' : ''}`}>
                      {' '}
                      ({format.number(difference, { signDisplay: 'always' })})
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {preview.changes.length > 0 && (
        <div>
          <h3 className="health-preview__subtitle">{t('settings.preview.whichTitle')}</h3>
          <ul className="health-preview__changes">
            {preview.changes.slice(0, CHANGES_LISTED).map((change) => (
              <li key={change.organisationId}>
                {t('settings.preview.change', {
                  name: change.name,
                  from: t(`settings.health.${change.from}`),
                  to: t(`settings.health.${change.to}`),
                })}
              </li>
            ))}
          </ul>
          {preview.changes.length > CHANGES_LISTED && (
            <p className="muted small">
              {t('settings.preview.more', { count: preview.changes.length - CHANGES_LISTED })}
            </p>
          )}
        </div>
      )}
      <p className={halfLifeChanged ? 'alert alert--info small' : 'muted small'}>
        {halfLifeChanged ? t('settings.preview.halfLifeChanged') : t('settings.preview.scope')}
      </p>
    </div>
  );
}
