import type { InteractionDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';

export interface InteractionTimelineProps {
  interactions: InteractionDto[] | undefined;
  total: number;
  isPending: boolean;
  isFetching: boolean;
  error: unknown;
  /** The organisation the timeline belongs to: other organisations are named. */
  organisationId: string;
  /** Names of people and organisations the page already has. */
  personName: (id: string) => string | undefined;
  organisationName: (id: string) => string | undefined;
  onShowMore: () => void;
  /** Absent for viewers. */
  onLog?: () => void;
}

export function InteractionTimeline({
  interactions,
  total,
  isPending,
  isFetching,
  error,
  organisationId,
  personName,
  organisationName,
  onShowMore,
  onLog,
}: InteractionTimelineProps) {
  const { t } = useTranslation();
  const format = useFormat();

  if (isPending) {
    return (
      <div aria-busy="true" className="stack">
        <Skeleton height="3.5rem" />
        <Skeleton height="3.5rem" />
        <Skeleton height="3.5rem" />
      </div>
    );
  }
  if (error) {
    return (
      <p className="alert alert--error" role="alert">
        {describeError(error, t)}
      </p>
    );
  }
  if (!interactions || interactions.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('interactions.emptyTitle')}
        description={onLog ? t('interactions.emptyDescription') : undefined}
        action={
          onLog && (
            <Button variant="primary" size="sm" onClick={onLog}>
              {t('interactions.logFirst')}
            </Button>
          )
        }
      />
    );
  }

  return (
    <>
      <ol className="timeline">
        {interactions.map((interaction) => {
          const people = interaction.participantIds.map(personName);
          const known = people.filter((name): name is string => name !== undefined);
          const unknown = people.length - known.length;
          const others = interaction.organisationIds
            .filter((id) => id !== organisationId)
            .map((id) => organisationName(id))
            .filter((name): name is string => name !== undefined);
          return (
            <li key={interaction.id} className="timeline__item">
              <div className="timeline__when">
                <time dateTime={interaction.occurredAt}>{format.date(interaction.occurredAt)}</time>
              </div>
              <div className="timeline__body">
                <div className="timeline__head">
                  <span className="timeline__kind">
                    {t(`interactions.kinds.${interaction.kind}`)}
                  </span>
                  {interaction.initiatedBy === 'partner' && (
                    <Badge tone="green">{t('interactions.partnerInitiated')}</Badge>
                  )}
                </div>
                {interaction.summary && <p className="timeline__summary">{interaction.summary}</p>}
                <p className="timeline__meta muted">
                  {[
                    known.length > 0 || unknown > 0
                      ? t('interactions.with', {
                          names: [
                            ...known,
                            ...(unknown > 0 ? [t('interactions.others', { count: unknown })] : []),
                          ].join(', '),
                        })
                      : null,
                    others.length > 0
                      ? t('interactions.alsoWith', { names: others.join(', ') })
                      : null,
                    interaction.loggedByName
                      ? t('interactions.loggedBy', { name: interaction.loggedByName })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      {interactions.length < total && (
        <Button size="sm" pending={isFetching} onClick={onShowMore}>
          {t('interactions.showMore', { count: total - interactions.length })}
        </Button>
      )}
    </>
  );
}
