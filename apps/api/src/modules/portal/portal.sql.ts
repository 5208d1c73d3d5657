import { OPEN_ACTION_STATUSES_SQL } from '../insights/succession.sql';

/** Everything here is scoped to one organisation: $1 coalition, $2 organisation. */

export const PORTAL_ORGANISATION_SQL = `
  SELECT id::text AS id, name, kind, size_class, status
    FROM organisation
   WHERE coalition_id = $1 AND id = $2 AND deleted_at IS NULL`;

/** The organisation's commitments with what was delivered up to $3 (a day). */
export const PORTAL_COMMITMENTS_SQL = `
  SELECT c.id::text AS id, c.kind, c.description, c.status, c.unit, c.quantity,
         coalesce(d.quantity, 0) AS delivered_quantity,
         round(c.quantity * c.unit_value_eur, 2) AS pledged_value,
         round(coalesce(d.quantity, 0) * c.unit_value_eur, 2) AS delivered_value,
         to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on
    FROM commitment c
    LEFT JOIN LATERAL (
      SELECT sum(ct.quantity) AS quantity
        FROM contribution ct
       WHERE ct.coalition_id = c.coalition_id AND ct.commitment_id = c.id AND ct.delivered_on <= $3::date
    ) d ON true
   WHERE c.coalition_id = $1 AND c.organisation_id = $2 AND c.deleted_at IS NULL
   ORDER BY c.starts_on DESC NULLS LAST, c.created_at, c.id`;

export const PORTAL_BENEFITS_SQL = `
  SELECT id::text AS id, kind, quantity, to_char(received_on, 'YYYY-MM-DD') AS received_on, note
    FROM benefit
   WHERE coalition_id = $1 AND organisation_id = $2 AND deleted_at IS NULL
   ORDER BY received_on DESC, id`;

/** Open action items; the owner is named only when they are one of the organisation's own people. */
export const PORTAL_ACTION_ITEMS_SQL = `
  SELECT a.id::text AS id, a.title, a.status, a.priority, to_char(a.due_on, 'YYYY-MM-DD') AS due_on,
         a.owner_id IS NOT NULL AS owned,
         CASE WHEN owner.organisation_id = $2 THEN owner.name END AS owner_name
    FROM action_item a
    LEFT JOIN person owner ON owner.coalition_id = a.coalition_id AND owner.id = a.owner_id
   WHERE a.coalition_id = $1 AND a.organisation_id = $2 AND a.deleted_at IS NULL
     AND a.status IN (${OPEN_ACTION_STATUSES_SQL})
   ORDER BY a.due_on NULLS LAST, lower(a.title), a.id`;
