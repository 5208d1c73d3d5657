import { contactCtes, OPEN_ACTION_STATUSES_SQL } from './succession.sql';

/** Commitments still to be delivered on: somebody has to keep in touch about them. */
export const LIVE_COMMITMENT_STATUSES_SQL = `'proposed', 'pledged', 'active'`;

/**
 * Everything somebody can hold (HoldingsDto), one row per thing with its holder (NULL: unowned),
 * for the whole coalition in one query. Key contacts as in the succession analytics: flagged, or
 * by share of the organisation's interactions in the 365 days up to asOf. Parameters $1
 * coalition, $2 asOf; `holderCondition` filters on `held.holder_id` and may use more from $3.
 *
 * `holderIds`, an SQL expression of the holders' ids as uuid[], when only some people's holdings
 * are wanted: the key-contact shares are then computed for their organisations only (a dozen
 * instead of a thousand in a large coalition).
 */
export function holdingsSql(holderCondition: string, holderIds?: string): string {
  const scope = holderIds
    ? (org: string) =>
        `${org} IN (SELECT h.organisation_id FROM person h
                     WHERE h.coalition_id = $1 AND h.id = ANY(${holderIds}))`
    : undefined;
  return `
  WITH ${contactCtes(scope)}
  SELECT held.* FROM (
    SELECT 'action_item' AS type, a.owner_id::text AS holder_id, a.id::text AS id, a.title AS label,
           a.status, a.priority, to_char(a.due_on, 'YYYY-MM-DD') AS due_on,
           a.organisation_id::text AS organisation_id, o.name AS organisation_name, NULL::text AS kind
      FROM action_item a
      LEFT JOIN organisation o ON o.coalition_id = a.coalition_id AND o.id = a.organisation_id
     WHERE a.coalition_id = $1 AND a.deleted_at IS NULL AND a.status IN (${OPEN_ACTION_STATUSES_SQL})
    UNION ALL
    SELECT 'organisation', o.relationship_owner_id::text, o.id::text, o.name,
           o.status, NULL, NULL, o.id::text, o.name, o.kind
      FROM organisation o
     WHERE o.coalition_id = $1 AND o.deleted_at IS NULL AND o.status <> 'left'
    UNION ALL
    SELECT 'commitment', c.contact_id::text, c.id::text, c.description,
           c.status, NULL, NULL, c.organisation_id::text, o.name, c.kind
      FROM commitment c
      JOIN organisation o ON o.coalition_id = c.coalition_id AND o.id = c.organisation_id AND o.deleted_at IS NULL
     WHERE c.coalition_id = $1 AND c.deleted_at IS NULL AND c.status IN (${LIVE_COMMITMENT_STATUSES_SQL})
    UNION ALL
    SELECT 'initiative', i.lead_id::text, i.id::text, i.name, i.phase, NULL, NULL, NULL, NULL, NULL
      FROM initiative i
     WHERE i.coalition_id = $1 AND i.deleted_at IS NULL AND i.phase <> 'stopped'
    UNION ALL
    SELECT 'key_contact', c.id, o.id::text, o.name, o.status, NULL, NULL, o.id::text, o.name, NULL
      FROM succ_contact c
      JOIN organisation o ON o.coalition_id = $1 AND o.id = c.organisation_id
                         AND o.deleted_at IS NULL AND o.status <> 'left'
     WHERE c.is_key
  ) held
  WHERE ${holderCondition}
  ORDER BY held.type, held.due_on NULLS LAST, lower(held.label) NULLS LAST, held.id`;
}

/** A person as HolderDto wants them; `condition` on `p` may use parameters from $2. */
export function holderSql(condition: string, orderBy = 'p.name, p.id'): string {
  return `
  SELECT p.id::text AS id, p.name, p.status, p.organisation_id::text AS organisation_id,
         o.name AS organisation_name, to_char(p.leaving_on, 'YYYY-MM-DD') AS leaving_on,
         to_char(p.left_on, 'YYYY-MM-DD') AS left_on, s.id::text AS successor_id, s.name AS successor_name
    FROM person p
    LEFT JOIN organisation o ON o.coalition_id = p.coalition_id AND o.id = p.organisation_id
    LEFT JOIN person s ON s.coalition_id = p.coalition_id AND s.id = p.successor_id
   WHERE p.coalition_id = $1 AND ${condition}
   ORDER BY ${orderBy}`;
}
