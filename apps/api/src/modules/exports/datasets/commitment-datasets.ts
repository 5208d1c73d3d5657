import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../../database/sql';
import type {
  ExportColumn,
  ExportColumnType,
  ExportSheet,
  ExportValue,
} from '../writers/export-table';

/** Commitments with what was delivered against them, and the contributions one by one. */

interface SheetSpec {
  name: { en: string; nl: string };
  columns: (ExportColumn & { sql: string })[];
  from: string;
}

const col = (en: string, nl: string, type: ExportColumnType, sql: string, width?: number) => ({
  header: { en, nl },
  type,
  sql,
  width,
});

const COMMITMENTS: SheetSpec = {
  name: { en: 'Commitments', nl: 'Toezeggingen' },
  columns: [
    col('Commitment id', 'Toezegging ID', 'code', 'c.id::text', 38),
    col('Organisation', 'Organisatie', 'text', 'o.name', 32),
    col(
      'Organisation external id',
      'Organisatie extern ID',
      'text',
      'coalesce(o.external_id, o.id::text)',
      38,
    ),
    col('Kind', 'Soort', 'code', 'c.kind'),
    col('Description', 'Omschrijving', 'text', 'c.description', 40),
    col('Status', 'Status', 'code', 'c.status'),
    col('Quantity', 'Aantal', 'number', 'c.quantity'),
    col('Unit', 'Eenheid', 'code', 'c.unit'),
    col('Unit value (EUR)', 'Waarde per eenheid (EUR)', 'eur', 'c.unit_value_eur'),
    col(
      'Pledged value (EUR)',
      'Toegezegde waarde (EUR)',
      'eur',
      'round(c.quantity * c.unit_value_eur, 2)',
    ),
    col('Starts on', 'Start op', 'date', `to_char(c.starts_on, 'YYYY-MM-DD')`),
    col('Ends on', 'Eindigt op', 'date', `to_char(c.ends_on, 'YYYY-MM-DD')`),
    col('Contact', 'Contactpersoon', 'text', 'contact.name'),
    col('Initiative', 'Initiatief', 'text', 'initiative.name'),
    col('Delivered quantity', 'Geleverd aantal', 'number', 'coalesce(d.quantity, 0)'),
    col(
      'Delivered value (EUR)',
      'Geleverde waarde (EUR)',
      'eur',
      'round(coalesce(d.quantity, 0) * c.unit_value_eur, 2)',
    ),
    col('Contributions', 'Leveringen', 'number', 'coalesce(d.contributions, 0)'),
    col('Last delivered on', 'Laatst geleverd op', 'date', `to_char(d.last_on, 'YYYY-MM-DD')`),
  ],
  from: `
    FROM commitment c
    JOIN organisation o ON o.coalition_id = c.coalition_id AND o.id = c.organisation_id
    LEFT JOIN person contact ON contact.coalition_id = c.coalition_id AND contact.id = c.contact_id
    LEFT JOIN initiative ON initiative.coalition_id = c.coalition_id AND initiative.id = c.initiative_id
    LEFT JOIN (SELECT commitment_id, sum(quantity) AS quantity, count(*) AS contributions, max(delivered_on) AS last_on
                 FROM contribution WHERE coalition_id = $1 GROUP BY commitment_id) d ON d.commitment_id = c.id
   WHERE c.coalition_id = $1 AND c.deleted_at IS NULL
   ORDER BY lower(o.name), c.starts_on NULLS LAST, c.created_at, c.id`,
};

const CONTRIBUTIONS: SheetSpec = {
  name: { en: 'Contributions', nl: 'Leveringen' },
  columns: [
    col('Commitment id', 'Toezegging ID', 'code', 'c.id::text', 38),
    col('Organisation', 'Organisatie', 'text', 'o.name', 32),
    col('Commitment', 'Toezegging', 'text', 'coalesce(c.description, c.kind)', 40),
    col('Delivered on', 'Geleverd op', 'date', `to_char(k.delivered_on, 'YYYY-MM-DD')`),
    col('Quantity', 'Aantal', 'number', 'k.quantity'),
    col('Unit', 'Eenheid', 'code', 'c.unit'),
    col('Value (EUR)', 'Waarde (EUR)', 'eur', 'round(k.quantity * c.unit_value_eur, 2)'),
    col('Note', 'Notitie', 'text', 'k.note', 40),
    col('Reported by partner', 'Gemeld door partner', 'boolean', 'k.reported_by_partner'),
    col('Reported by', 'Gemeld door', 'text', 'u.name'),
  ],
  from: `
    FROM contribution k
    JOIN commitment c ON c.coalition_id = k.coalition_id AND c.id = k.commitment_id
    JOIN organisation o ON o.coalition_id = c.coalition_id AND o.id = c.organisation_id
    LEFT JOIN app_user u ON u.id = k.reported_by_user_id
   WHERE k.coalition_id = $1 AND c.deleted_at IS NULL
   ORDER BY lower(o.name), c.created_at, c.id, k.delivered_on, k.id`,
};

async function sheetOf(
  manager: EntityManager,
  coalitionId: string,
  spec: SheetSpec,
): Promise<ExportSheet> {
  const select = spec.columns.map((c, i) => `${c.sql} AS c${i}`).join(', ');
  const rows = await sqlRows<Record<string, unknown>>(manager, `SELECT ${select} ${spec.from}`, [
    coalitionId,
  ]);
  return {
    name: spec.name,
    columns: spec.columns.map(({ header, type, width }) => ({ header, type, width })),
    rows: rows.map((row) => spec.columns.map((_, i) => plain(row[`c${i}`]))),
  };
}

function plain(value: unknown): ExportValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number') return value;
  // numeric arrives as text, text as text: nothing else is selected.
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function commitmentsSheet(
  manager: EntityManager,
  coalitionId: string,
): Promise<ExportSheet> {
  return sheetOf(manager, coalitionId, COMMITMENTS);
}

export function contributionsSheet(
  manager: EntityManager,
  coalitionId: string,
): Promise<ExportSheet> {
  return sheetOf(manager, coalitionId, CONTRIBUTIONS);
}
