import {
  COMMITMENT_STATUSES_CLOSED_TO_CONTRIBUTIONS,
  type CommitmentDto,
  type CommitmentStatus,
} from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { useFormat } from '../../../lib/format';
import { SectionState } from './section-state';

const STATUS_TONES: Record<CommitmentStatus, BadgeTone> = {
  proposed: 'neutral',
  pledged: 'accent',
  active: 'accent',
  fulfilled: 'green',
  lapsed: 'amber',
  withdrawn: 'grey',
};

export interface OrganisationCommitmentsProps {
  commitments: CommitmentDto[] | undefined;
  isPending: boolean;
  error: unknown;
  /** Absent for viewers: no report buttons. */
  onReport?: (commitment: CommitmentDto) => void;
  onAdd?: () => void;
}

/** Each pledge with a bar of what was delivered against it. */
export function OrganisationCommitments({
  commitments,
  isPending,
  error,
  onReport,
  onAdd,
}: OrganisationCommitmentsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SectionState
      isPending={isPending}
      error={error}
      isEmpty={commitments?.length === 0}
      skeletonHeight="9rem"
      emptyTitle={t('organisations.commitments.emptyTitle')}
      emptyDescription={t('organisations.commitments.emptyDescription')}
      emptyAction={
        onAdd && (
          <Button variant="primary" size="sm" onClick={onAdd}>
            {t('organisations.actions.addCommitment')}
          </Button>
        )
      }
    >
      <ul className="record-list">
        {commitments?.map((commitment) => {
          const unit = t(`organisations.units.${commitment.unit}`);
          const delivered = format.number(commitment.deliveredQuantity);
          const quantity = format.number(commitment.quantity);
          const label = t(`organisations.commitmentKinds.${commitment.kind}`);
          return (
            <li key={commitment.id} className="record-list__item commitment">
              <div className="record-list__main">
                <span className="record-list__title">{label}</span>
                <Badge tone={STATUS_TONES[commitment.status]}>
                  {t(`organisations.commitmentStatuses.${commitment.status}`)}
                </Badge>
              </div>
              {commitment.description && (
                <p className="record-list__meta">{commitment.description}</p>
              )}
              <div className="commitment__progress">
                <ProgressBar
                  label={t('organisations.commitments.deliveredOf', { label })}
                  value={commitment.deliveredQuantity}
                  max={commitment.quantity}
                  valueText={t('organisations.commitments.progress', { delivered, quantity, unit })}
                />
                <span className="commitment__figures">
                  {t('organisations.commitments.progress', { delivered, quantity, unit })}
                  {commitment.pledgedValueEur > 0 && (
                    <span className="muted">
                      {' · '}
                      {t('organisations.commitments.value', {
                        delivered: format.currency(commitment.deliveredValueEur),
                        pledged: format.currency(commitment.pledgedValueEur),
                      })}
                    </span>
                  )}
                </span>
              </div>
              <div className="record-list__aside">
                {(commitment.startsOn || commitment.endsOn) && (
                  <span className="muted">
                    {[commitment.startsOn, commitment.endsOn]
                      .map((d) => (d ? format.date(d) : '…'))
                      .join(' – ')}
                  </span>
                )}
                {onReport &&
                  !COMMITMENT_STATUSES_CLOSED_TO_CONTRIBUTIONS.includes(commitment.status) && (
                    <Button
                      size="sm"
                      onClick={() => onReport(commitment)}
                      aria-label={t('organisations.actions.reportContributionFor', { label })}
                    >
                      {t('organisations.actions.reportContribution')}
                    </Button>
                  )}
              </div>
            </li>
          );
        })}
      </ul>
    </SectionState>
  );
}
