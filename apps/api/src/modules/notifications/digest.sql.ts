import { AS_OF_DATE } from '../insights/analytics-context';
import { INSIGHT_CTES } from '../insights/organisation-insights.sql';
import { holderSql, holdingsSql } from '../insights/responsibilities.sql';
import { OPEN_ACTION_STATUSES_SQL } from '../insights/succession.sql';

/** "Due soon": due today or within this many days. */
export const DUE_SOON_DAYS = 7;
/** People leaving within this many days are listed when something they hold has no successor. */
export const DEPARTURE_DAYS = 60;

/**
 * Who gets a digest: every membership (of a live coalition) whose user is a person of that
 * coalition — linked by e-mail, case-insensitive — who has not left. No parameters.
 */
export const RECIPIENTS_SQL = `
  SELECT m.coalition_id::text AS coalition_id, c.name AS coalition_name, m.user_id::text AS user_id,
         m.role, m.organisation_id::text AS organisation_id, p.id::text AS person_id
    FROM membership m
    JOIN coalition c ON c.id = m.coalition_id AND c.deleted_at IS NULL
    JOIN app_user u ON u.id = m.user_id
    JOIN person p ON p.coalition_id = m.coalition_id AND lower(p.email) = lower(u.email)
                 AND p.deleted_at IS NULL AND p.status <> 'left'
   WHERE m.deleted_at IS NULL
   ORDER BY lower(c.name), m.coalition_id, m.user_id, p.id`;

export interface RecipientRow {
  coalition_id: string;
  coalition_name: string;
  user_id: string;
  role: string;
  organisation_id: string | null;
  person_id: string;
}

/**
 * Overdue and due-soon open action items of every recipient in every coalition, in one query.
 * A partner only hears about items of its own organisation (it may never see another's).
 * Parameters: $1 the digest's day.
 */
export const ACTION_ITEMS_SQL = `
  WITH recipient AS (${RECIPIENTS_SQL})
  SELECT r.coalition_id, r.user_id, a.id::text AS id, a.title,
         to_char(a.due_on, 'YYYY-MM-DD') AS due_on, a.status, a.priority,
         a.organisation_id::text AS organisation_id, o.name AS organisation_name,
         a.due_on < $1::date AS overdue
    FROM recipient r
    JOIN action_item a ON a.coalition_id = r.coalition_id::uuid AND a.owner_id = r.person_id::uuid
    LEFT JOIN organisation o ON o.coalition_id = a.coalition_id AND o.id = a.organisation_id
   WHERE a.deleted_at IS NULL AND a.status IN (${OPEN_ACTION_STATUSES_SQL})
     AND a.due_on <= $1::date + ${DUE_SOON_DAYS}
     AND (r.role <> 'partner' OR a.organisation_id = r.organisation_id::uuid)
   ORDER BY a.due_on, lower(a.title), a.id`;

export interface ActionItemRow {
  coalition_id: string;
  user_id: string;
  id: string;
  title: string;
  due_on: string;
  status: string;
  priority: string;
  organisation_id: string | null;
  organisation_name: string | null;
  overdue: boolean;
}

/**
 * Health now (the insights' own computation, INSIGHT_CTES) of every organisation owned by one of
 * the given (user, person) pairs, with the health recorded for that user at the last digest.
 * Parameters: $1…$7 (analytics-context.ts), $8 user ids, $9 their person ids (same length).
 */
export const OWNED_HEALTH_SQL = `${INSIGHT_CTES},
  owner AS (
    SELECT DISTINCT user_id, person_id FROM unnest($8::uuid[], $9::uuid[]) AS r(user_id, person_id)
  )
  SELECT ow.user_id::text AS user_id, i.organisation_id, i.name, i.health, i.days_since,
         i.engagement_index, s.last_health ->> i.organisation_id AS previous_health
    FROM insight i
    JOIN organisation o ON o.coalition_id = $1 AND o.id = i.organisation_id::uuid
    JOIN owner ow ON ow.person_id = o.relationship_owner_id
    LEFT JOIN digest_state s ON s.coalition_id = $1 AND s.user_id = ow.user_id
   ORDER BY lower(i.name), i.organisation_id`;

export interface OwnedHealthRow {
  user_id: string;
  organisation_id: string;
  name: string;
  health: string;
  days_since: number | null;
  engagement_index: number;
  previous_health: string | null;
}

/** People with status leaving whose day is at most DEPARTURE_DAYS away. $1 coalition, $2 asOf. */
export const DEPARTING_SQL = holderSql(
  `p.deleted_at IS NULL AND p.status = 'leaving' AND p.leaving_on <= ${AS_OF_DATE} + ${DEPARTURE_DAYS}`,
  'p.leaving_on, lower(p.name), p.id',
);

/** The handover item type of each kind of holding (responsibilities.sql.ts → handover_item). */
const HANDOVER_ITEM_TYPE = `CASE held.type WHEN 'organisation' THEN 'organisation_owner'
                                           WHEN 'commitment' THEN 'commitment_contact'
                                           WHEN 'initiative' THEN 'initiative_lead'
                                           ELSE held.type END`;

/**
 * What the given people hold (the responsibilities query: one definition of "holds") that has
 * no successor. A holding has one when the person's record names a successor, or their draft
 * handover has a default successor, or the draft assigns that item a successor or drops it.
 * Parameters: $1 coalition, $2 asOf, $3 person ids (text).
 */
export const HOLDINGS_WITHOUT_SUCCESSOR_SQL = `
  SELECT held.holder_id, held.type, held.id, held.label, held.kind, held.organisation_name
    FROM (${holdingsSql('held.holder_id = ANY($3::text[])', '$3::uuid[]')}) held
    JOIN person p ON p.coalition_id = $1 AND p.id = held.holder_id::uuid
    LEFT JOIN handover h ON h.coalition_id = $1 AND h.departing_person_id = p.id AND h.status = 'draft'
    LEFT JOIN handover_item hi ON hi.coalition_id = $1 AND hi.handover_id = h.id
                              AND hi.item_type = ${HANDOVER_ITEM_TYPE} AND hi.item_id = held.id::uuid
                              AND hi.gone_at IS NULL AND hi.applied_at IS NULL
   WHERE p.successor_id IS NULL AND h.default_successor_id IS NULL
     AND NOT coalesce(hi.drop OR hi.successor_id IS NOT NULL, false)
   ORDER BY held.holder_id, held.type, lower(held.label) NULLS LAST, held.id`;

export interface HoldingRow {
  holder_id: string;
  type: 'action_item' | 'organisation' | 'commitment' | 'initiative' | 'key_contact';
  id: string;
  label: string | null;
  kind: string | null;
  organisation_name: string | null;
}
