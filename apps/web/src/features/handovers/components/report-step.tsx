import type { HandoverDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { handoverReportUrl } from '../api/get-handover';

export interface ReportStepProps {
  coalitionId: string;
  handover: HandoverDto;
}

/** What the completed handover moved where, with the printable dossier. */
export function ReportStep({ coalitionId, handover }: ReportStepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = handover.report;
  if (!report) return <p className="muted">{t('handovers.report.notYet')}</p>;
  return (
    <div className="stack">
      <p>
        {t('handovers.report.intro', {
          name: report.departingPerson.name,
          date: format.dateTime(report.completedAt),
          by: report.completedBy?.name ?? '—',
        })}
      </p>
      <div className="handover-report__actions">
        <a
          className="btn btn--primary"
          href={handoverReportUrl(coalitionId, handover.id)}
          target="_blank"
          rel="noopener"
        >
          {t('handovers.report.print')}
          <span className="visually-hidden"> {t('handovers.report.newTab')}</span>
        </a>
        <Link className="btn btn--secondary" to={`/c/${coalitionId}`}>
          {t('handovers.report.toDashboard')}
        </Link>
      </div>
      {report.bySuccessor.length > 0 && (
        <ul className="handover-summary">
          {report.bySuccessor.map((s) => (
            <li key={s.id}>
              {t('handovers.confirm.toSuccessor', { count: s.count, name: s.name })}
            </li>
          ))}
        </ul>
      )}
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('handovers.report.transfersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('handovers.report.what')}</th>
              <th scope="col" className="secondary">
                {t('handovers.report.kind')}
              </th>
              <th scope="col" className="secondary">
                {t('handovers.report.organisation')}
              </th>
              <th scope="col">{t('handovers.report.to')}</th>
            </tr>
          </thead>
          <tbody>
            {report.transfers.map((transfer) => (
              <tr key={`${transfer.itemType}-${transfer.itemId}`}>
                <td>{transfer.label}</td>
                <td className="secondary">{t(`handovers.itemTypes.${transfer.itemType}`)}</td>
                <td className="secondary">{transfer.organisationName ?? '—'}</td>
                <td>{transfer.to.name}</td>
              </tr>
            ))}
            {report.transfers.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  {t('handovers.report.noTransfers')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {report.dropped.length > 0 && (
        <section aria-labelledby="handover-dropped">
          <h3 id="handover-dropped" className="handover-group__title">
            {t('handovers.report.droppedTitle')}
          </h3>
          <ul className="handover-summary">
            {report.dropped.map((d) => (
              <li key={d.itemId}>
                {d.label} — <span className="muted">{d.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {handover.notes && (
        <section aria-labelledby="handover-dossier">
          <h3 id="handover-dossier" className="handover-group__title">
            {t('handovers.steps.dossier')}
          </h3>
          <p className="pre-line">{handover.notes}</p>
        </section>
      )}
    </div>
  );
}
