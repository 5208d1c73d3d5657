/** $1 coalition, $2 organisation. The portal's commitments, benefits and action items come from their repositories. */
export const PORTAL_ORGANISATION_SQL = `
  SELECT id::text AS id, name, kind, size_class, status
    FROM organisation
   WHERE coalition_id = $1 AND id = $2 AND deleted_at IS NULL`;
