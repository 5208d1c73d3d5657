import type { BenefitDto } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { SectionState } from './section-state';

export interface OrganisationBenefitsProps {
  benefits: BenefitDto[] | undefined;
  isPending: boolean;
  error: unknown;
}

/** What the partner got back: interns placed, hires, subsidy… newest first. */
export function OrganisationBenefits({ benefits, isPending, error }: OrganisationBenefitsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SectionState
      isPending={isPending}
      error={error}
      isEmpty={benefits?.length === 0}
      skeletonHeight="5rem"
      emptyTitle={t('organisations.benefits.emptyTitle')}
      emptyDescription={t('organisations.benefits.emptyDescription')}
    >
      <ul className="record-list record-list--compact">
        {benefits?.map((benefit) => (
          <li key={benefit.id} className="record-list__item">
            <div className="record-list__main">
              <span className="record-list__title">
                {t(`organisations.benefitKinds.${benefit.kind}`)}
                {benefit.quantity !== 1 && (
                  <span className="muted"> × {format.number(benefit.quantity)}</span>
                )}
              </span>
            </div>
            {benefit.note && <p className="record-list__meta">{benefit.note}</p>}
            <div className="record-list__aside muted">{format.date(benefit.receivedOn)}</div>
          </li>
        ))}
      </ul>
    </SectionState>
  );
}
