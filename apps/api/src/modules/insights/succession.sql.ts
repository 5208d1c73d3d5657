import { OPEN_ACTION_ITEM_STATUSES, SUCCESSION_POINTS } from '@regiokracht/shared';
import { WINDOW_START } from './engagement.sql';

/**
 * Succession risk (docs/analytics.md) of every organisation of a coalition, matching
 * `succession()` of the shared package. Parameters: $1 coalition, $2 asOf.
 *
 * As in the pure function: contacts are the organisation's own (not deleted) people; "active" is
 * status `active`; a relationship or action-item owner who is deleted or missing is not active; a
 * share is the fraction of the window's interactions (asOf − 365 d, asOf] a person took part in.
 * `left_on` is a date: a person counts as left from its midnight UTC. Joined aggregates are
 * MATERIALIZED for the reason given in engagement.sql.ts.
 */

export const OPEN_ACTION_STATUSES_SQL = OPEN_ACTION_ITEM_STATUSES.map((s) => `'${s}'`).join(', ');

/** A person is key by share, or concentrated, only when the window holds this many interactions. */
const MIN_INTERACTIONS_FOR_SHARE = 3;

/** Shares as doubles, the same IEEE division as the pure function, so a boundary agrees exactly. */
const share = `coalesce(sp.taken_part, 0)::float8 / sc.interactions`;
const enoughForShares = `coalesce(sc.interactions, 0) >= ${MIN_INTERACTIONS_FOR_SHARE}`;

/**
 * CTE `succ_contact`: every contact (a not deleted person of an organisation) with whether they are
 * a key contact at asOf (flagged, or by share), carry the contact (share ≥ 0.7) and left inside
 * the window. `organisationScope`, a condition on `{org}` (an organisation id column), limits the
 * work to some organisations: shares are per organisation, so theirs stay exact.
 */
export function contactCtes(organisationScope?: (org: string) => string): string {
  const scoped = (org: string) => (organisationScope ? ` AND ${organisationScope(org)}` : '');
  return `
  succ_window AS (
    SELECT io.organisation_id, io.interaction_id
      FROM interaction_organisation io
      JOIN interaction i ON i.coalition_id = io.coalition_id AND i.id = io.interaction_id
     WHERE io.coalition_id = $1 AND i.deleted_at IS NULL
       AND i.occurred_at > ${WINDOW_START} AND i.occurred_at <= $2::timestamptz${scoped('io.organisation_id')}
  ),
  succ_count AS MATERIALIZED (
    SELECT organisation_id, count(*)::int AS interactions FROM succ_window GROUP BY organisation_id
  ),
  succ_part AS MATERIALIZED (
    SELECT w.organisation_id, ip.person_id, count(*)::int AS taken_part
      FROM succ_window w
      JOIN interaction_participant ip ON ip.coalition_id = $1 AND ip.interaction_id = w.interaction_id
     GROUP BY w.organisation_id, ip.person_id
  ),
  succ_contact AS (
    SELECT p.organisation_id, p.id::text AS id, p.status, p.successor_id,
           p.is_key_contact OR (${enoughForShares} AND ${share} >= 0.5) AS is_key,
           ${enoughForShares} AND ${share} >= 0.7 AS carries,
           p.status = 'left' AND (p.left_on::timestamp AT TIME ZONE 'UTC') > ${WINDOW_START}
             AND (p.left_on::timestamp AT TIME ZONE 'UTC') <= $2::timestamptz AS left_in_window
      FROM person p
      LEFT JOIN succ_count sc ON sc.organisation_id = p.organisation_id
      LEFT JOIN succ_part sp ON sp.organisation_id = p.organisation_id AND sp.person_id = p.id
     WHERE p.coalition_id = $1 AND p.deleted_at IS NULL AND p.organisation_id IS NOT NULL${scoped('p.organisation_id')}
  )`;
}

export const CONTACT_CTES = contactCtes();

/**
 * CTE `succession`: one row per organisation (not deleted) with the people / items behind each
 * factor (text arrays, NULL when the factor does not apply), `risk_score` and `risk_level`.
 */
export const SUCCESSION_CTES = `${CONTACT_CTES},
  succ_contacts AS MATERIALIZED (
    SELECT organisation_id,
           count(*) FILTER (WHERE status = 'active')::int AS active_count,
           array_agg(id ORDER BY id) FILTER (WHERE status = 'active') AS active_ids,
           array_agg(id ORDER BY id) FILTER (WHERE is_key AND status = 'leaving' AND successor_id IS NULL) AS key_leaving_ids,
           array_agg(id ORDER BY id) FILTER (WHERE is_key AND successor_id IS NULL AND left_in_window) AS key_left_ids,
           array_agg(id ORDER BY id) FILTER (WHERE carries AND status = 'active') AS concentrated_ids
      FROM succ_contact
     GROUP BY organisation_id
  ),
  succ_orphans AS MATERIALIZED (
    SELECT a.organisation_id,
           array_agg(a.id::text ORDER BY a.id) AS item_ids,
           array_agg(DISTINCT a.owner_id::text) FILTER (WHERE a.owner_id IS NOT NULL) AS owner_ids
      FROM action_item a
      LEFT JOIN person o ON o.coalition_id = a.coalition_id AND o.id = a.owner_id AND o.deleted_at IS NULL
     WHERE a.coalition_id = $1 AND a.deleted_at IS NULL AND a.organisation_id IS NOT NULL
       AND a.status IN (${OPEN_ACTION_STATUSES_SQL}) AND o.status IS DISTINCT FROM 'active'
     GROUP BY a.organisation_id
  ),
  succ_factor AS (
    SELECT o.id AS organisation_id,
           coalesce(c.active_count, 0) = 0 AS no_contact,
           c.key_leaving_ids,
           c.key_left_ids,
           CASE WHEN o.relationship_owner_id IS NOT NULL AND owner.status IS DISTINCT FROM 'active'
                THEN ARRAY[o.relationship_owner_id::text] END AS leaving_owner_ids,
           CASE WHEN c.active_count = 1 THEN c.active_ids END AS single_ids,
           c.concentrated_ids,
           a.item_ids AS orphaned_item_ids,
           coalesce(a.owner_ids, CASE WHEN a.item_ids IS NOT NULL THEN '{}'::text[] END) AS orphaned_owner_ids
      FROM organisation o
      LEFT JOIN succ_contacts c ON c.organisation_id = o.id
      LEFT JOIN succ_orphans a ON a.organisation_id = o.id
      LEFT JOIN person owner ON owner.coalition_id = o.coalition_id AND owner.id = o.relationship_owner_id
                            AND owner.deleted_at IS NULL
     WHERE o.coalition_id = $1 AND o.deleted_at IS NULL
  ),
  succession AS MATERIALIZED (
    SELECT f.*, least(100, p.points) AS risk_score,
           CASE WHEN f.no_contact OR f.key_leaving_ids IS NOT NULL OR f.key_left_ids IS NOT NULL
                     OR f.leaving_owner_ids IS NOT NULL
                     OR (f.single_ids IS NOT NULL AND f.concentrated_ids IS NOT NULL) THEN 'high'
                WHEN p.points > 0 THEN 'medium'
                ELSE 'low' END AS risk_level
      FROM succ_factor f
     CROSS JOIN LATERAL (
       SELECT f.no_contact::int * ${SUCCESSION_POINTS.no_contact}
            + (f.key_leaving_ids IS NOT NULL)::int * ${SUCCESSION_POINTS.key_contact_leaving}
            + (f.key_left_ids IS NOT NULL)::int * ${SUCCESSION_POINTS.key_contact_left}
            + (f.leaving_owner_ids IS NOT NULL)::int * ${SUCCESSION_POINTS.owner_leaving}
            + (f.single_ids IS NOT NULL)::int * ${SUCCESSION_POINTS.single_contact}
            + (f.concentrated_ids IS NOT NULL)::int * ${SUCCESSION_POINTS.concentrated}
            + (f.orphaned_item_ids IS NOT NULL)::int * ${SUCCESSION_POINTS.orphaned_actions} AS points
     ) p
  )`;
