import { BENEFIT_KINDS, type BenefitKind, type PortalBenefitDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { useFormat } from '../../../lib/format';

export interface BenefitTotals {
  kind: BenefitKind;
  quantity: number;
  records: number;
  latest: string;
}

/** Benefits summed per kind, in the contract's order of kinds. */
export function benefitsByKind(benefits: readonly PortalBenefitDto[]): BenefitTotals[] {
  const kinds = new Map<BenefitKind, BenefitTotals>();
  for (const b of benefits) {
    const row = kinds.get(b.kind) ?? {
      kind: b.kind,
      quantity: 0,
      records: 0,
      latest: b.receivedOn,
    };
    row.quantity += b.quantity;
    row.records += 1;
    if (b.receivedOn > row.latest) row.latest = b.receivedOn;
    kinds.set(b.kind, row);
  }
  return BENEFIT_KINDS.flatMap((kind) => {
    const row = kinds.get(kind);
    return row ? [row] : [];
  });
}

/**
 * What the partner got back, by kind. Notes are left out on purpose: they are the coalition's free
 * text and may name other organisations, which a partner must never see.
 */
export function BenefitsSummary({ benefits }: { benefits: readonly PortalBenefitDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = benefitsByKind(benefits);
  if (rows.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('portal.benefits.emptyTitle')}
        description={t('portal.benefits.emptyDescription')}
      />
    );
  }
  const top = Math.max(...rows.map((r) => r.quantity));
  return (
    <div className="table-scroll">
      <table className="table portal-benefits">
        <caption className="visually-hidden">{t('portal.benefits.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portal.benefits.kind')}</th>
            <th scope="col" className="num">
              {t('portal.benefits.total')}
            </th>
            <th scope="col" className="num portal-secondary">
              {t('portal.benefits.records')}
            </th>
            <th scope="col" className="num">
              {t('portal.benefits.latest')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kind}>
              <th scope="row">
                <span className="portal-benefits__kind">
                  {t(`portal.benefitKinds.${row.kind}`)}
                  <span
                    className="portal-benefits__bar"
                    style={{ inlineSize: `${(row.quantity / top) * 100}%` }}
                    aria-hidden="true"
                  />
                </span>
              </th>
              <td className="num strong">{format.number(row.quantity)}</td>
              <td className="num portal-secondary">{format.number(row.records)}</td>
              <td className="num portal-nowrap">{format.date(row.latest)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
