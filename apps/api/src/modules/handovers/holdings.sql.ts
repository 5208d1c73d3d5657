import type { HandoverItemType } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql';
import type { HeldRow } from '../insights/holdings.mapper';
import { holdingsSql } from '../insights/responsibilities.sql';

/**
 * What one person holds, from the responsibilities query of the insights (one definition of
 * "holds" for the dashboard, the responsibility matrix and handovers): open action items they own,
 * organisations whose relationship they own, live commitments they are contact for, initiatives
 * they lead (not stopped), and organisations where they are a key contact as the succession
 * analytics define it. Added here: each row's current version, so a draft can tell whether it
 * changed since, and why someone counts as key contact. Parameters: $1 coalition, $2 asOf,
 * $3 person.
 */
const PERSON_HOLDINGS_SQL = `
  SELECT held.type, held.id, held.label, held.status, held.priority, held.due_on, held.organisation_id,
         held.organisation_name, held.kind,
         CASE held.type WHEN 'action_item' THEN a.version WHEN 'organisation' THEN o.version
                        WHEN 'commitment' THEN c.version WHEN 'initiative' THEN i.version END AS item_version,
         me.is_key_contact
    FROM (${holdingsSql('held.holder_id::uuid = $3::uuid', 'ARRAY[$3::uuid]')}) held
    JOIN person me ON me.coalition_id = $1 AND me.id = $3::uuid
    LEFT JOIN action_item a ON held.type = 'action_item' AND a.coalition_id = $1 AND a.id = held.id::uuid
    LEFT JOIN organisation o ON held.type = 'organisation' AND o.coalition_id = $1 AND o.id = held.id::uuid
    LEFT JOIN commitment c ON held.type = 'commitment' AND c.coalition_id = $1 AND c.id = held.id::uuid
    LEFT JOIN initiative i ON held.type = 'initiative' AND i.coalition_id = $1 AND i.id = held.id::uuid`;

const ITEM_TYPES: Record<HeldRow['type'], HandoverItemType> = {
  action_item: 'action_item',
  organisation: 'organisation_owner',
  commitment: 'commitment_contact',
  initiative: 'initiative_lead',
  key_contact: 'key_contact',
};

export interface Holding {
  itemType: HandoverItemType;
  itemId: string;
  label: string;
  /** Version of the held row (null for key contacts: a role, not a row). */
  itemVersion: number | null;
  organisationId: string | null;
  organisationName: string | null;
  detail: Record<string, string | number | boolean | null>;
}

export function holdingKey(h: { itemType: string; itemId: string }): string {
  return `${h.itemType}:${h.itemId.toLowerCase()}`;
}

function label(row: HeldRow): string {
  if (row.type !== 'commitment') return row.label ?? '';
  const what = row.label?.trim() || (row.kind ?? 'commitment').replace(/_/g, ' ');
  return row.organisation_name ? `${what} — ${row.organisation_name}` : what;
}

function detail(row: HeldRow & { is_key_contact: boolean }): Holding['detail'] {
  switch (row.type) {
    case 'action_item':
      return { status: row.status, priority: row.priority, dueOn: row.due_on };
    case 'organisation':
      return { status: row.status, kind: row.kind };
    case 'commitment':
      return { status: row.status, kind: row.kind };
    case 'initiative':
      return { phase: row.status };
    case 'key_contact':
      return { basis: row.is_key_contact ? 'flag' : 'share' };
  }
}

/** What the person holds at `asOf`, read with the caller's manager (inside its transaction). */
export async function findHoldings(
  manager: EntityManager,
  coalitionId: string,
  personId: string,
  asOf: Date,
): Promise<Holding[]> {
  const rows = await sqlRows<HeldRow & { item_version: number | null; is_key_contact: boolean }>(
    manager,
    PERSON_HOLDINGS_SQL,
    [coalitionId, asOf.toISOString(), personId],
  );
  return rows.map((row) => ({
    itemType: ITEM_TYPES[row.type],
    itemId: row.id,
    label: label(row),
    itemVersion: row.item_version === null ? null : Number(row.item_version),
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    detail: detail(row),
  }));
}
