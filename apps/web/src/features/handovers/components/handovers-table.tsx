import type { HandoverListItemDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { useFormat } from '../../../lib/format';

export interface HandoversTableProps {
  coalitionId: string;
  handovers: HandoverListItemDto[];
}

export function HandoversTable({ coalitionId, handovers }: HandoversTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('handovers.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('handovers.list.person')}</th>
            <th scope="col">{t('handovers.list.status')}</th>
            <th scope="col">{t('handovers.list.successor')}</th>
            <th scope="col" className="num">
              {t('handovers.list.items')}
            </th>
            <th scope="col">{t('handovers.list.date')}</th>
          </tr>
        </thead>
        <tbody>
          {handovers.map((h) => (
            <tr key={h.id}>
              <td>
                <Link className="record-name" to={`/c/${coalitionId}/handovers/${h.id}`}>
                  {h.departingPerson.name}
                </Link>
                {h.departingPerson.organisationName && (
                  <span className="secondary muted"> · {h.departingPerson.organisationName}</span>
                )}
              </td>
              <td>
                <Badge tone={h.status === 'completed' ? 'green' : 'amber'}>
                  {t(`handovers.statuses.${h.status}`)}
                </Badge>
              </td>
              <td>{h.defaultSuccessorName ?? '—'}</td>
              <td className="num">
                {h.status === 'completed' ? '—' : format.number(h.summary.open)}
                {h.status === 'draft' && h.summary.missingSuccessor > 0 && (
                  <span className="secondary text-danger">
                    {' '}
                    {t('handovers.list.missing', { count: h.summary.missingSuccessor })}
                  </span>
                )}
              </td>
              <td>{format.date(h.completedAt ?? h.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
