import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ActionItemPriority,
  ActionItemStatus,
  DigestActionItemDto,
  DigestDepartureDto,
  DigestDto,
  DigestHoldingDto,
  DigestOrganisationDto,
  Health,
} from '@regiokracht/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql';
import {
  type AnalyticsContext,
  analyticsParams,
  loadAnalyticsContext,
} from '../insights/analytics-context';
import { daysUntil, type HolderRow } from '../insights/holdings.mapper';
import {
  ACTION_ITEMS_SQL,
  type ActionItemRow,
  DEPARTING_SQL,
  HOLDINGS_WITHOUT_SUCCESSOR_SQL,
  type HoldingRow,
  OWNED_HEALTH_SQL,
  type OwnedHealthRow,
  RECIPIENTS_SQL,
  type RecipientRow,
} from './digest.sql';

/*
 * The daily digest (one per user and coalition and day; empty ones are not stored):
 *
 * - overdue: open action items (open, in_progress, blocked) owned by the user's person with
 *   dueOn before the digest's day (UTC);
 * - dueSoon: the same with dueOn from the digest's day up to 7 days after it;
 * - organisations: organisations whose relationship owner is the user's person and whose health
 *   (the insights' engagement health at the run's instant) is cooling or dormant now and worse
 *   than what this user's last digest recorded for it (engaged/no_contact → cooling or dormant,
 *   cooling → dormant). With nothing recorded — the user's first digest, or an organisation they
 *   have only just come to own — it counts as turned: the owner hears once that a partner of theirs
 *   is drifting, and from then on only about changes. Improvements are not reported;
 * - departures (coordinators and members only): people with status leaving and leavingOn at most
 *   60 days after the digest's day (or past it, not yet marked left) who hold something (the
 *   responsibilities query) that has no successor (see HOLDINGS_WITHOUT_SUCCESSOR_SQL).
 *
 * A user's person in a coalition is the (not deleted, not left) person with the user's e-mail.
 * A partner hears only about action items of its own organisation and gets no other section.
 * overdue, dueSoon and departures repeat daily while they hold; organisations only on a change.
 */

/** Roles that see the coalition's departures. */
const DEPARTURE_ROLES: ReadonlySet<string> = new Set(['coordinator', 'member']);

/** Cooling and dormant are worse the higher; engaged and no_contact are not drifting. */
const DRIFT: Record<Health, number> = { engaged: 0, no_contact: 0, cooling: 1, dormant: 2 };

/** A stored digest to e-mail. */
export interface UnmailedDigest {
  id: string;
  userId: string;
  email: string;
  userName: string;
  coalitionId: string;
  coalitionName: string;
  title: string;
  digest: DigestDto;
}

/** The day (UTC) of an instant, as YYYY-MM-DD: due dates and digest days are compared in UTC. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function isEmptyDigest(digest: DigestDto): boolean {
  return (
    digest.overdue.length +
      digest.dueSoon.length +
      digest.organisations.length +
      digest.departures.length ===
    0
  );
}

/** "Techniek College Rotterdam: 2 overdue, 1 due soon, …" (the e-mail's subject uses it too). */
export function digestTitle(coalitionName: string, digest: DigestDto): string {
  const parts = [
    [digest.overdue.length, 'overdue', 'overdue'],
    [digest.dueSoon.length, 'due soon', 'due soon'],
    [digest.organisations.length, 'organisation drifting', 'organisations drifting'],
    [digest.departures.length, 'departure without successor', 'departures without successor'],
  ] as const;
  const counts = parts
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
  return `${coalitionName}: ${counts.join(', ')}`;
}

@Injectable()
export class DigestService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Builds the digests at `asOf` for every recipient and stores the non-empty ones, one
   * transaction per coalition (its notifications together with the health it recorded).
   * Set-based: the action items of all users in one query; per coalition one query for the
   * organisations of all its users and one pair for its departures (the insights' SQL is per
   * coalition, with the coalition's own settings). A digest already stored for the day is kept
   * (a retried run adds nothing). Answers how many notifications it stored.
   */
  async buildAndStore(asOf: Date, afterCoalition: () => Promise<void>): Promise<number> {
    const day = utcDay(asOf);
    const recipients = await sqlRows<RecipientRow>(this.db.manager, RECIPIENTS_SQL);
    const items = await sqlRows<ActionItemRow>(this.db.manager, ACTION_ITEMS_SQL, [day]);
    const itemsByUser = groupBy(items, (i) => `${i.coalition_id}:${i.user_id}`);
    let stored = 0;
    for (const members of groupBy(recipients, (r) => r.coalition_id).values()) {
      stored += await this.db.transaction((manager) =>
        this.storeCoalition(manager, members, itemsByUser, asOf),
      );
      await afterCoalition();
    }
    return stored;
  }

  private async storeCoalition(
    manager: EntityManager,
    members: RecipientRow[],
    itemsByUser: Map<string, ActionItemRow[]>,
    asOf: Date,
  ): Promise<number> {
    const { coalition_id: coalitionId, coalition_name: coalitionName } = members[0];
    const day = utcDay(asOf);
    const analytics = await loadAnalyticsContext(manager, coalitionId, asOf);
    const staff = members.filter((m) => m.role !== 'partner');
    const owned =
      staff.length === 0
        ? []
        : await sqlRows<OwnedHealthRow>(manager, OWNED_HEALTH_SQL, [
            ...analyticsParams(analytics),
            staff.map((m) => m.user_id),
            staff.map((m) => m.person_id),
          ]);
    const ownedByUser = groupBy(owned, (o) => o.user_id);
    const departures = members.some((m) => DEPARTURE_ROLES.has(m.role))
      ? await this.departures(manager, analytics, day)
      : [];

    const notifications: { user_id: string; title: string; payload: DigestDto }[] = [];
    const states: { user_id: string; health: Record<string, string> }[] = [];
    for (const [userId, [member]] of groupBy(members, (m) => m.user_id)) {
      const items = itemsByUser.get(`${coalitionId}:${userId}`) ?? [];
      const ownedNow = ownedByUser.get(userId) ?? [];
      const digest: DigestDto = {
        digestOn: day,
        overdue: items.filter((i) => i.overdue).map(toActionItem),
        dueSoon: items.filter((i) => !i.overdue).map(toActionItem),
        organisations: ownedNow.filter(turnedWorse).map(toOrganisation),
        departures: DEPARTURE_ROLES.has(member.role) ? departures : [],
      };
      if (!isEmptyDigest(digest))
        notifications.push({
          user_id: userId,
          title: digestTitle(coalitionName, digest),
          payload: digest,
        });
      states.push({
        user_id: userId,
        health: Object.fromEntries(ownedNow.map((o) => [o.organisation_id, o.health])),
      });
    }

    const inserted =
      notifications.length === 0
        ? []
        : await sqlRows(
            manager,
            `INSERT INTO notification (coalition_id, user_id, kind, title, payload, digest_on, created_at)
             SELECT $1, v.user_id, 'digest', v.title, v.payload, $2::date, $3::timestamptz
               FROM json_to_recordset($4::json) AS v(user_id uuid, title text, payload jsonb)
             ON CONFLICT (coalition_id, user_id, digest_on) WHERE kind = 'digest' DO NOTHING
             RETURNING id`,
            [coalitionId, day, asOf.toISOString(), JSON.stringify(notifications)],
          );
    await manager.query(
      `INSERT INTO digest_state (coalition_id, user_id, last_digest_on, last_digest_at, last_health)
       SELECT $1, v.user_id, $2::date, $3::timestamptz, v.health
         FROM json_to_recordset($4::json) AS v(user_id uuid, health jsonb)
       ON CONFLICT (coalition_id, user_id) DO UPDATE
         SET last_digest_on = excluded.last_digest_on, last_digest_at = excluded.last_digest_at,
             last_health = excluded.last_health`,
      [coalitionId, day, asOf.toISOString(), JSON.stringify(states)],
    );
    return inserted.length;
  }

  /** Departing people (coalition-wide, the same for every coordinator and member). */
  private async departures(
    manager: EntityManager,
    analytics: AnalyticsContext,
    day: string,
  ): Promise<DigestDepartureDto[]> {
    const params = [analytics.coalitionId, analytics.asOf.toISOString()];
    const people = await sqlRows<HolderRow>(manager, DEPARTING_SQL, params);
    if (people.length === 0) return [];
    const held = await sqlRows<HoldingRow>(manager, HOLDINGS_WITHOUT_SUCCESSOR_SQL, [
      ...params,
      people.map((p) => p.id),
    ]);
    const byHolder = groupBy(held, (h) => h.holder_id);
    return people
      .filter((person) => byHolder.has(person.id))
      .map((person) => ({
        personId: person.id,
        name: person.name,
        organisationName: person.organisation_name,
        leavingOn: person.leaving_on!,
        daysUntilLeaving: daysUntil(person.leaving_on!, day),
        withoutSuccessor: byHolder.get(person.id)!.map(toHolding),
      }));
  }

  /** Today's stored digests not e-mailed yet, of users who want the e-mail. */
  async unmailed(day: string): Promise<UnmailedDigest[]> {
    const rows = await sqlRows<{
      id: string;
      user_id: string;
      email: string;
      user_name: string;
      coalition_id: string;
      coalition_name: string;
      title: string;
      payload: DigestDto | string;
    }>(
      this.db.manager,
      `SELECT n.id::text AS id, n.user_id::text AS user_id, u.email, u.name AS user_name,
              n.coalition_id::text AS coalition_id, c.name AS coalition_name, n.title, n.payload
         FROM notification n
         JOIN app_user u ON u.id = n.user_id
         JOIN coalition c ON c.id = n.coalition_id
        WHERE n.kind = 'digest' AND n.digest_on = $1::date AND n.emailed_at IS NULL AND u.email_digest
        ORDER BY n.user_id, lower(c.name), n.id`,
      [day],
    );
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      email: r.email,
      userName: r.user_name,
      coalitionId: r.coalition_id,
      coalitionName: r.coalition_name,
      title: r.title,
      digest: typeof r.payload === 'string' ? (JSON.parse(r.payload) as DigestDto) : r.payload,
    }));
  }

  async markEmailed(ids: readonly string[], at: Date): Promise<void> {
    await this.db.query(
      `UPDATE notification SET emailed_at = $2 WHERE id = ANY($1::uuid[]) AND emailed_at IS NULL`,
      [ids, at.toISOString()],
    );
  }

  /** Notifications are reminders, not records: they go after `days`. */
  async purgeOlderThan(asOf: Date, days: number): Promise<void> {
    await this.db.query(
      `DELETE FROM notification WHERE created_at < $1::timestamptz - make_interval(days => $2)`,
      [asOf.toISOString(), days],
    );
  }
}

function turnedWorse(row: OwnedHealthRow): boolean {
  const now = DRIFT[row.health as Health];
  const before = row.previous_health === null ? 0 : (DRIFT[row.previous_health as Health] ?? 0);
  return now > 0 && now > before;
}

function toActionItem(row: ActionItemRow): DigestActionItemDto {
  return {
    id: row.id,
    title: row.title,
    dueOn: row.due_on,
    status: row.status as ActionItemStatus,
    priority: row.priority as ActionItemPriority,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
  };
}

function toOrganisation(row: OwnedHealthRow): DigestOrganisationDto {
  return {
    id: row.organisation_id,
    name: row.name,
    health: row.health as DigestOrganisationDto['health'],
    previousHealth: (row.previous_health as Health | null) ?? null,
    daysSinceLastInteraction: row.days_since,
    engagementIndex: Number(row.engagement_index),
  };
}

function toHolding(row: HoldingRow): DigestHoldingDto {
  if (row.type !== 'commitment') return { type: row.type, id: row.id, label: row.label ?? '' };
  const what = row.label?.trim() || (row.kind ?? 'commitment').replace(/_/g, ' ');
  return {
    type: row.type,
    id: row.id,
    label: row.organisation_name ? `${what} — ${row.organisation_name}` : what,
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
