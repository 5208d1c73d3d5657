import type { DigestActionItemDto, NotificationDto } from '@regiokracht/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';

/** Rows shown per section; the rest is counted ("and 3 more") behind the section's link. */
const ROWS_PER_SECTION = 5;

export interface DigestNotificationProps {
  notification: NotificationDto;
  onMarkRead: () => void;
  /** Following a link marks the digest read and closes the panel. */
  onNavigate: () => void;
}

export function DigestNotification({
  notification,
  onMarkRead,
  onNavigate,
}: DigestNotificationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { coalitionId, coalitionName, digest, readAt } = notification;
  const base = `/c/${coalitionId}`;
  const actionItemsPath = `${base}/action-items?view=mine`;
  const unread = readAt === null;

  const actionItem = (item: DigestActionItemDto) => (
    <>
      <Link to={actionItemsPath} onClick={onNavigate}>
        {item.title}
      </Link>
      <span className="digest__meta">
        {t('notifications.due', { date: format.date(item.dueOn) })}
        {item.organisationName ? ` · ${item.organisationName}` : ''}
      </span>
    </>
  );

  return (
    <li className={`digest${unread ? ' digest--unread' : ''}`}>
      <div className="digest__head">
        <span className="digest__coalition">{coalitionName}</span>
        <time className="digest__date" dateTime={digest.digestOn}>
          {format.date(digest.digestOn)}
        </time>
        {unread ? (
          <button type="button" className="digest__mark" onClick={onMarkRead}>
            <span className="digest__dot" aria-hidden="true" />
            {t('notifications.markRead')}
          </button>
        ) : (
          <span className="visually-hidden">{t('notifications.read')}</span>
        )}
      </div>
      <DigestSection
        title={t('notifications.sections.overdue')}
        rows={digest.overdue}
        tone="red"
        rowKey={byId}
      >
        {actionItem}
      </DigestSection>
      <DigestSection
        title={t('notifications.sections.dueSoon')}
        rows={digest.dueSoon}
        tone="amber"
        rowKey={byId}
      >
        {actionItem}
      </DigestSection>
      <DigestSection
        title={t('notifications.sections.organisations')}
        rows={digest.organisations}
        tone="amber"
        rowKey={byId}
      >
        {(organisation) => (
          <>
            <Link to={`${base}/organisations/${organisation.id}`} onClick={onNavigate}>
              {organisation.name}
            </Link>
            <span className="digest__meta">
              {t(`notifications.health.${organisation.health}`)}
              {organisation.daysSinceLastInteraction !== null &&
                ` · ${t('notifications.lastContact', { count: organisation.daysSinceLastInteraction })}`}
            </span>
          </>
        )}
      </DigestSection>
      <DigestSection
        title={t('notifications.sections.departures')}
        rows={digest.departures}
        tone="red"
        rowKey={(departure) => departure.personId}
      >
        {(departure) => (
          <>
            <Link to={`${base}/people/${departure.personId}`} onClick={onNavigate}>
              {departure.name}
            </Link>
            <span className="digest__meta">
              {departure.organisationName ? `${departure.organisationName} · ` : ''}
              {t('notifications.leaves', { date: format.date(departure.leavingOn) })}
              {' · '}
              {t('notifications.withoutSuccessor', { count: departure.withoutSuccessor.length })}
            </span>
          </>
        )}
      </DigestSection>
    </li>
  );
}

const byId = (row: { id: string }) => row.id;

interface DigestSectionProps<T> {
  title: string;
  rows: readonly T[];
  tone: 'red' | 'amber';
  rowKey: (row: T) => string;
  children: (row: T) => ReactNode;
}

function DigestSection<T>({ title, rows, tone, rowKey, children }: DigestSectionProps<T>) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  const hidden = rows.length - ROWS_PER_SECTION;
  return (
    <div className="digest__section">
      <h3 className={`digest__section-title digest__section-title--${tone}`}>
        {title} <span className="digest__section-count">({rows.length})</span>
      </h3>
      <ul className="digest__rows">
        {rows.slice(0, ROWS_PER_SECTION).map((row) => (
          <li key={rowKey(row)} className="digest__row">
            {children(row)}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className="digest__more">{t('notifications.more', { count: hidden })}</p>}
    </div>
  );
}
