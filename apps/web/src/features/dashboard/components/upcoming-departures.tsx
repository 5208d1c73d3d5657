import type { DepartureDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { useFormat } from '../../../lib/format';

export interface UpcomingDeparturesProps {
  coalitionId: string;
  departures: DepartureDto[];
  /** Viewers cannot start a handover. */
  canStartHandover: boolean;
}

/** People leaving within 180 days, soonest first, with what they hold and a handover button. */
export function UpcomingDepartures({
  coalitionId,
  departures,
  canStartHandover,
}: UpcomingDeparturesProps) {
  const { t } = useTranslation();
  const format = useFormat();

  if (departures.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('dashboard.departures.emptyTitle')}
        description={t('dashboard.departures.emptyDescription')}
      />
    );
  }

  return (
    <ul className="departures">
      {departures.map(({ person, daysUntilLeaving, holds }) => {
        const parts = [
          holds.keyContactOf.length > 0 &&
            t('dashboard.departures.keyContactOf', {
              names: holds.keyContactOf.map((o) => o.name).join(', '),
            }),
          holds.organisations.length > 0 &&
            t('dashboard.departures.organisations', { count: holds.organisations.length }),
          holds.actionItems.length > 0 &&
            t('dashboard.departures.actionItems', { count: holds.actionItems.length }),
          holds.commitments.length > 0 &&
            t('dashboard.departures.commitments', { count: holds.commitments.length }),
          holds.initiatives.length > 0 &&
            t('dashboard.departures.initiatives', { count: holds.initiatives.length }),
        ].filter((part): part is string => typeof part === 'string');
        return (
          <li key={person.id} className="departures__item">
            <div className="departures__head">
              <Link to={`/c/${coalitionId}/people/${person.id}`} className="departures__name">
                {person.name}
              </Link>
              {person.organisationName && (
                <span className="muted"> · {person.organisationName}</span>
              )}
            </div>
            <p className={daysUntilLeaving < 0 ? 'text-danger' : 'departures__when'}>
              {person.leavingOn &&
                (daysUntilLeaving < 0
                  ? t('dashboard.departures.overdue', {
                      date: format.date(person.leavingOn, 'long'),
                      count: -daysUntilLeaving,
                    })
                  : t('dashboard.departures.leaves', {
                      date: format.date(person.leavingOn, 'long'),
                      count: daysUntilLeaving,
                    }))}
            </p>
            <p className="departures__holds">
              {parts.length > 0 ? (
                <>
                  {t('dashboard.departures.holds')} {parts.join('; ')}
                </>
              ) : (
                <span className="muted">{t('dashboard.departures.holdsNothing')}</span>
              )}
              {person.successor && (
                <span className="muted">
                  {' · '}
                  {t('dashboard.departures.successor', { name: person.successor.name })}
                </span>
              )}
            </p>
            {canStartHandover && (
              <Link
                to={`/c/${coalitionId}/handovers/new?personId=${person.id}`}
                className="btn btn--secondary btn--sm departures__action"
                aria-label={t('dashboard.departures.startHandoverFor', { name: person.name })}
              >
                {t('dashboard.departures.startHandover')}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
