import { COMMITMENT_UNITS, type CommitmentUnit, type ExportLocale } from '@regiokracht/shared';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../../database/sql';
import type { ExportColumn, ExportSheet, ExportValue } from '../writers/export-table';
import { label } from './labels';

export interface Period {
  from: string;
  to: string;
}

interface CommitmentRow {
  organisation_id: string;
  organisation: string;
  organisation_kind: string;
  size_class: string | null;
  kind: string;
  description: string | null;
  status: string;
  unit: CommitmentUnit;
  quantity: string;
  unit_value_eur: string;
  pledged_value: string;
  delivered_quantity: string;
  delivered_value: string;
  contributions: string;
}

/**
 * For subsidy accountability (e.g. RIF co-financing in kind): per partner, the commitments that
 * ran in the period or were delivered on in it, what was delivered in the period (both days
 * included) and its value in euros (quantity × unit value), with totals per partner and overall.
 * Proposed and withdrawn commitments count only when something was delivered on them.
 */
const SQL = `
  WITH delivered AS (
    SELECT commitment_id, sum(quantity) AS quantity, count(*) AS contributions
      FROM contribution
     WHERE coalition_id = $1 AND delivered_on BETWEEN $2::date AND $3::date
     GROUP BY commitment_id
  )
  SELECT o.id::text AS organisation_id, o.name AS organisation, o.kind AS organisation_kind, o.size_class,
         c.kind, c.description, c.status, c.unit, c.quantity, c.unit_value_eur,
         round(c.quantity * c.unit_value_eur, 2) AS pledged_value,
         coalesce(d.quantity, 0) AS delivered_quantity,
         round(coalesce(d.quantity, 0) * c.unit_value_eur, 2) AS delivered_value,
         coalesce(d.contributions, 0) AS contributions
    FROM commitment c
    JOIN organisation o ON o.coalition_id = c.coalition_id AND o.id = c.organisation_id
    LEFT JOIN delivered d ON d.commitment_id = c.id
   WHERE c.coalition_id = $1 AND c.deleted_at IS NULL
     AND (d.commitment_id IS NOT NULL
          OR (c.status IN ('pledged', 'active', 'fulfilled', 'lapsed')
              AND (c.starts_on IS NULL OR c.starts_on <= $3::date)
              AND (c.ends_on IS NULL OR c.ends_on >= $2::date)))
   ORDER BY lower(o.name), o.id, c.starts_on NULLS LAST, c.created_at, c.id`;

const h = (en: string, nl: string) => ({ en, nl });

const DETAIL_COLUMNS: ExportColumn[] = [
  { header: h('Organisation', 'Organisatie'), type: 'text', width: 32 },
  { header: h('Organisation kind', 'Soort organisatie'), type: 'text', width: 18 },
  { header: h('Size class', 'Grootte'), type: 'text', width: 12 },
  { header: h('Commitment', 'Toezegging'), type: 'text', width: 40 },
  { header: h('Kind', 'Soort'), type: 'text', width: 18 },
  { header: h('Status', 'Status'), type: 'text', width: 12 },
  { header: h('Unit', 'Eenheid'), type: 'text', width: 12 },
  { header: h('Pledged quantity', 'Toegezegd aantal'), type: 'number' },
  { header: h('Unit value (EUR)', 'Waarde per eenheid (EUR)'), type: 'eur' },
  { header: h('Pledged value (EUR)', 'Toegezegde waarde (EUR)'), type: 'eur' },
  { header: h('Delivered in period', 'Geleverd in periode'), type: 'number' },
  {
    header: h('Delivered value in period (EUR)', 'Geleverde waarde in periode (EUR)'),
    type: 'eur',
    width: 18,
  },
  { header: h('Contributions in period', 'Leveringen in periode'), type: 'number' },
];

const UNIT_HEADERS: Record<CommitmentUnit, { en: string; nl: string }> = {
  places: h('Delivered places', 'Geleverde plaatsen'),
  hours: h('Delivered hours', 'Geleverde uren'),
  sessions: h('Delivered sessions', 'Geleverde sessies'),
  items: h('Delivered items', 'Geleverde stuks'),
  eur: h('Delivered euros', 'Geleverde euro'),
};

const SUMMARY_COLUMNS: ExportColumn[] = [
  { header: h('Organisation', 'Organisatie'), type: 'text', width: 32 },
  { header: h('Organisation kind', 'Soort organisatie'), type: 'text', width: 18 },
  { header: h('Size class', 'Grootte'), type: 'text', width: 12 },
  { header: h('Commitments', 'Toezeggingen'), type: 'number' },
  { header: h('Pledged value (EUR)', 'Toegezegde waarde (EUR)'), type: 'eur' },
  {
    header: h('Delivered value in period (EUR)', 'Geleverde waarde in periode (EUR)'),
    type: 'eur',
    width: 18,
  },
  ...COMMITMENT_UNITS.map((unit): ExportColumn => ({ header: UNIT_HEADERS[unit], type: 'number' })),
  { header: h('Contributions in period', 'Leveringen in periode'), type: 'number' },
];

/** Sums in cents, so totals of euro amounts do not drift by floating-point fractions. */
const cents = (value: string | number) => Math.round(Number(value) * 100);

export interface AccountabilityReport {
  summary: ExportSheet;
  detail: ExportSheet;
  about: ExportSheet;
}

export async function accountabilityReport(
  manager: EntityManager,
  coalition: { id: string; name: string },
  period: Period,
  locale: ExportLocale,
  generatedAt: Date,
): Promise<AccountabilityReport> {
  const rows = await sqlRows<CommitmentRow>(manager, SQL, [coalition.id, period.from, period.to]);
  const t = (group: Parameters<typeof label>[0], code: string | null) =>
    code === null ? null : label(group, code, locale);
  const totalWord = locale === 'nl' ? 'Totaal' : 'Total';
  const allPartners = locale === 'nl' ? 'Alle partners' : 'All partners';

  const detail: ExportValue[][] = [];
  const detailTotals = new Set<number>();
  const summary: ExportValue[][] = [];
  const grand = { commitments: 0, pledged: 0, delivered: 0, contributions: 0, units: zeroUnits() };

  for (let start = 0; start < rows.length;) {
    let end = start;
    while (end < rows.length && rows[end].organisation_id === rows[start].organisation_id) end += 1;
    const group = rows.slice(start, end);
    const first = group[0];
    const sums = { pledged: 0, delivered: 0, contributions: 0, units: zeroUnits() };
    for (const row of group) {
      detail.push([
        row.organisation,
        t('organisationKind', row.organisation_kind),
        t('sizeClass', row.size_class),
        row.description ?? t('commitmentKind', row.kind),
        t('commitmentKind', row.kind),
        t('commitmentStatus', row.status),
        t('unit', row.unit),
        Number(row.quantity),
        Number(row.unit_value_eur),
        Number(row.pledged_value),
        Number(row.delivered_quantity),
        Number(row.delivered_value),
        Number(row.contributions),
      ]);
      sums.pledged += cents(row.pledged_value);
      sums.delivered += cents(row.delivered_value);
      sums.contributions += Number(row.contributions);
      sums.units[row.unit] += Number(row.delivered_quantity);
    }
    detailTotals.add(detail.length);
    detail.push([
      first.organisation,
      null,
      null,
      totalWord,
      null,
      null,
      null,
      null,
      null,
      sums.pledged / 100,
      null,
      sums.delivered / 100,
      sums.contributions,
    ]);
    summary.push([
      first.organisation,
      t('organisationKind', first.organisation_kind),
      t('sizeClass', first.size_class),
      group.length,
      sums.pledged / 100,
      sums.delivered / 100,
      ...COMMITMENT_UNITS.map((unit) => round2(sums.units[unit])),
      sums.contributions,
    ]);
    grand.commitments += group.length;
    grand.pledged += sums.pledged;
    grand.delivered += sums.delivered;
    grand.contributions += sums.contributions;
    for (const unit of COMMITMENT_UNITS) grand.units[unit] += sums.units[unit];
    start = end;
  }
  detailTotals.add(detail.length);
  detail.push([
    allPartners,
    null,
    null,
    totalWord,
    null,
    null,
    null,
    null,
    null,
    grand.pledged / 100,
    null,
    grand.delivered / 100,
    grand.contributions,
  ]);
  const summaryTotals = new Set([summary.length]);
  summary.push([
    `${allPartners} (${totalWord.toLowerCase()})`,
    null,
    null,
    grand.commitments,
    grand.pledged / 100,
    grand.delivered / 100,
    ...COMMITMENT_UNITS.map((unit) => round2(grand.units[unit])),
    grand.contributions,
  ]);

  return {
    summary: {
      name: h('Per partner', 'Per partner'),
      columns: SUMMARY_COLUMNS,
      rows: summary,
      totalRows: summaryTotals,
    },
    detail: {
      name: h('Commitments', 'Toezeggingen'),
      columns: DETAIL_COLUMNS,
      rows: detail,
      totalRows: detailTotals,
    },
    about: {
      name: h('About', 'Over dit rapport'),
      columns: [
        { header: h('Item', 'Onderdeel'), type: 'text', width: 28 },
        { header: h('Value', 'Waarde'), type: 'text', width: 48 },
      ],
      rows: [
        [locale === 'nl' ? 'Coalitie' : 'Coalition', coalition.name],
        [locale === 'nl' ? 'Periode van' : 'Period from', period.from],
        [locale === 'nl' ? 'Periode tot en met' : 'Period to (inclusive)', period.to],
        [locale === 'nl' ? 'Gemaakt op' : 'Generated at', generatedAt.toISOString()],
        [
          locale === 'nl' ? 'Waarde in natura' : 'In-kind value',
          locale === 'nl'
            ? 'geleverd aantal × waarde per eenheid van de toezegging'
            : 'delivered quantity × unit value of the commitment',
        ],
      ],
    },
  };
}

function zeroUnits(): Record<CommitmentUnit, number> {
  return { places: 0, hours: 0, sessions: 0, items: 0, eur: 0 };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
