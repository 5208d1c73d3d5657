import type { PersonHoldingsDto } from '@regiokracht/shared';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { useFormat } from '../../../lib/format';
import { HOLDING_KINDS, HoldingsLists, holdingCount, type HoldingKind } from './holdings-lists';

export interface ResponsibilityMatrixProps {
  coalitionId: string;
  people: PersonHoldingsDto[];
}

function PersonStatus({ holder }: { holder: PersonHoldingsDto['person'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (holder.status === 'active') return null;
  const label =
    holder.status === 'leaving'
      ? holder.leavingOn
        ? t('responsibilities.leavingOn', { date: format.date(holder.leavingOn) })
        : t('responsibilities.leaving')
      : holder.leftOn
        ? t('responsibilities.leftOn', { date: format.date(holder.leftOn) })
        : t('responsibilities.left');
  return <Badge tone={holder.status === 'left' ? 'red' : 'amber'}>{label}</Badge>;
}

/** People × what they hold: counts per kind; a row opens to list the things themselves. */
export function ResponsibilityMatrix({ coalitionId, people }: ResponsibilityMatrixProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const columnTitles = Object.fromEntries(
    HOLDING_KINDS.map((kind) => [kind, t(`responsibilities.columns.${kind}`)]),
  ) as Record<HoldingKind, string>;

  function toggle(personId: string) {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(personId)) next.delete(personId);
      else next.add(personId);
      return next;
    });
  }

  return (
    <div className="table-scroll">
      <table className="table table--stack responsibility-matrix">
        <caption className="visually-hidden">{t('responsibilities.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('responsibilities.columns.person')}</th>
            {HOLDING_KINDS.map((kind) => (
              <th key={kind} scope="col" className="num">
                {columnTitles[kind]}
              </th>
            ))}
            <th scope="col" className="num">
              {t('responsibilities.columns.total')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('responsibilities.matrix.details')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map(({ person, holds, total }) => {
            const open = expanded.has(person.id);
            const detailId = `${id}-${person.id}`;
            const atRisk = person.status !== 'active';
            return (
              <Fragment key={person.id}>
                <tr className={atRisk ? `responsibility-matrix__row--${person.status}` : undefined}>
                  <th scope="row" data-label={t('responsibilities.columns.person')}>
                    <div className="cell-stack">
                      <span className="responsibility-matrix__person">
                        <Link to={`/c/${coalitionId}/people/${person.id}`}>{person.name}</Link>
                        <PersonStatus holder={person} />
                      </span>
                      <span className="muted small">
                        {person.organisationName ?? t('responsibilities.staff')}
                        {atRisk &&
                          (person.successor
                            ? ` · ${t('responsibilities.successor', { name: person.successor.name })}`
                            : ` · ${t('responsibilities.noSuccessor')}`)}
                      </span>
                    </div>
                  </th>
                  {HOLDING_KINDS.map((kind) => {
                    const count = holdingCount(holds, kind);
                    return (
                      <td
                        key={kind}
                        className={`num${count === 0 ? ' muted responsibility-matrix__zero' : ''}`}
                        data-label={columnTitles[kind]}
                      >
                        {count === 0 ? <span aria-label="0">–</span> : format.number(count)}
                      </td>
                    );
                  })}
                  <td className="num strong" data-label={t('responsibilities.columns.total')}>
                    {format.number(total)}
                  </td>
                  <td className="responsibility-matrix__toggle">
                    <button
                      type="button"
                      className="btn btn--ghost btn--sm"
                      aria-expanded={open}
                      aria-controls={detailId}
                      onClick={() => toggle(person.id)}
                    >
                      {open ? t('responsibilities.matrix.hide') : t('responsibilities.matrix.show')}
                      <span className="visually-hidden"> {person.name}</span>
                    </button>
                  </td>
                </tr>
                <tr id={detailId} hidden={!open} className="responsibility-matrix__detail">
                  <td colSpan={HOLDING_KINDS.length + 3}>
                    {open && (
                      <HoldingsLists
                        coalitionId={coalitionId}
                        holds={holds}
                        titles={columnTitles}
                      />
                    )}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
