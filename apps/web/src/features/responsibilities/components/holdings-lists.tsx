import type { HoldingsDto } from '@regiokracht/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { useFormat } from '../../../lib/format';

export type HoldingKind = keyof HoldingsDto;
export const HOLDING_KINDS: readonly HoldingKind[] = [
  'actionItems',
  'organisations',
  'commitments',
  'initiatives',
  'keyContactOf',
];

export function holdingCount(holds: Partial<HoldingsDto>, kind: HoldingKind): number {
  return holds[kind]?.length ?? 0;
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="holdings__group">
      <h4 className="holdings__title">{title}</h4>
      <ul className="holdings__list">{children}</ul>
    </div>
  );
}

export interface HoldingsListsProps {
  coalitionId: string;
  holds: Partial<HoldingsDto>;
  /** Headings for the groups (they differ between a person's holdings and unowned items). */
  titles: Record<HoldingKind, string>;
}

/** What someone (or nobody) holds, grouped by kind, each linking to where it is handled. */
export function HoldingsLists({ coalitionId, holds, titles }: HoldingsListsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const base = `/c/${coalitionId}`;
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="holdings">
      {holds.actionItems && holds.actionItems.length > 0 && (
        <Group title={titles.actionItems}>
          {holds.actionItems.map((item) => (
            <li key={item.id}>
              <Link
                to={`${base}/action-items?view=all&status=any&q=${encodeURIComponent(item.title)}`}
              >
                {item.title}
              </Link>
              <span className="holdings__meta">
                {t(`responsibilities.actionItemStatus.${item.status}`)}
                {item.dueOn && (
                  <>
                    {' · '}
                    {t('responsibilities.due', { date: format.date(item.dueOn) })}
                    {item.dueOn < today && (
                      <>
                        {' '}
                        <Badge tone="red">{t('responsibilities.overdue')}</Badge>
                      </>
                    )}
                  </>
                )}
                {item.organisationName && ` · ${item.organisationName}`}
              </span>
            </li>
          ))}
        </Group>
      )}
      {holds.organisations && holds.organisations.length > 0 && (
        <Group title={titles.organisations}>
          {holds.organisations.map((organisation) => (
            <li key={organisation.id}>
              <Link to={`${base}/organisations/${organisation.id}`}>{organisation.name}</Link>
            </li>
          ))}
        </Group>
      )}
      {holds.commitments && holds.commitments.length > 0 && (
        <Group title={titles.commitments}>
          {holds.commitments.map((commitment) => (
            <li key={commitment.id}>
              <Link to={`${base}/commitments?organisationId=${commitment.organisationId}`}>
                {commitment.organisationName}:{' '}
                {t(`responsibilities.commitmentKind.${commitment.kind}`)}
              </Link>
              <span className="holdings__meta">
                {t(`responsibilities.commitmentStatus.${commitment.status}`)}
                {commitment.description && ` · ${commitment.description}`}
              </span>
            </li>
          ))}
        </Group>
      )}
      {holds.initiatives && holds.initiatives.length > 0 && (
        <Group title={titles.initiatives}>
          {holds.initiatives.map((initiative) => (
            <li key={initiative.id}>
              <span className="strong">{initiative.name}</span>
              <span className="holdings__meta">
                {t(`responsibilities.initiativePhase.${initiative.phase}`)}
              </span>
            </li>
          ))}
        </Group>
      )}
      {holds.keyContactOf && holds.keyContactOf.length > 0 && (
        <Group title={titles.keyContactOf}>
          {holds.keyContactOf.map((organisation) => (
            <li key={organisation.id}>
              <Link to={`${base}/organisations/${organisation.id}`}>{organisation.name}</Link>
            </li>
          ))}
        </Group>
      )}
    </div>
  );
}
