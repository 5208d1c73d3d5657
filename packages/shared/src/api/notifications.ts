/**
 * Notifications: the daily digest of reminders per user and coalition, shown in the app and
 * e-mailed (when SMTP is configured and the user has not switched the e-mail off).
 */
import type { Health } from '../analytics/types';
import type { ActionItemPriority, ActionItemStatus } from './action-items';
import type { Page } from './common';

export const NOTIFICATION_KINDS = ['digest'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** An open action item owned by the user's person: overdue, or due within the next 7 days. */
export interface DigestActionItemDto {
  id: string;
  title: string;
  dueOn: string;
  status: ActionItemStatus;
  priority: ActionItemPriority;
  organisationId: string | null;
  organisationName: string | null;
}

/** An organisation the user's person owns that turned cooling or dormant since the last digest. */
export interface DigestOrganisationDto {
  id: string;
  name: string;
  health: Extract<Health, 'cooling' | 'dormant'>;
  /** The health recorded at the previous digest; null when none was recorded. */
  previousHealth: Health | null;
  daysSinceLastInteraction: number | null;
  engagementIndex: number;
}

/** What a departing person holds that nobody is to take over yet. */
export interface DigestHoldingDto {
  type: 'action_item' | 'organisation' | 'commitment' | 'initiative' | 'key_contact';
  id: string;
  label: string;
}

/** A person leaving within 60 days whose holdings include some without a successor. */
export interface DigestDepartureDto {
  personId: string;
  name: string;
  organisationName: string | null;
  leavingOn: string;
  /** Negative when the leaving day has passed but the person is not marked left yet. */
  daysUntilLeaving: number;
  withoutSuccessor: DigestHoldingDto[];
}

/** One day's digest for one user in one coalition. Sections are never all empty. */
export interface DigestDto {
  /** The day (UTC) the digest is for. */
  digestOn: string;
  overdue: DigestActionItemDto[];
  dueSoon: DigestActionItemDto[];
  organisations: DigestOrganisationDto[];
  departures: DigestDepartureDto[];
}

export interface NotificationDto {
  id: string;
  coalitionId: string;
  coalitionName: string;
  kind: NotificationKind;
  /** A one-line English summary (also the e-mail's subject line); the UI builds its own from `digest`. */
  title: string;
  digest: DigestDto;
  createdAt: string;
  readAt: string | null;
}

/** `GET /api/notifications`: the caller's notifications, newest first, and how many are unread. */
export interface NotificationsPage extends Page<NotificationDto> {
  unread: number;
}

export interface NotificationsQuery {
  unreadOnly?: boolean;
  page?: number;
  pageSize?: number;
}

/** `POST /api/notifications/read-all`: how many were marked read. */
export interface MarkAllReadResponse {
  marked: number;
}

/** `GET|PATCH /api/me/preferences`. */
export interface PreferencesDto {
  emailDigest: boolean;
  version: number;
}

export interface UpdatePreferencesRequest {
  version: number;
  emailDigest?: boolean;
}
