import type {
  AttentionItemDto,
  AttentionReasonDto,
  OrganisationInsightDto,
  SuccessionFactorDto,
} from '@regiokracht/shared';
import type { TFunction } from 'i18next';

import { factorSentence, type SentenceContext } from '../../../lib/succession-sentences';

/**
 * One reason why an organisation needs attention, as a sentence in the reader's language. The
 * API's `message` is English only, so the sentence is built from the code, the organisation's
 * figures and the people behind its succession factors.
 */
export function reasonSentence(
  reason: AttentionReasonDto,
  item: AttentionItemDto,
  insight: OrganisationInsightDto | undefined,
  t: TFunction,
  context: SentenceContext,
): string {
  switch (reason.kind) {
    case 'succession': {
      const factor = insight?.succession.factors.find((f) => f.code === reason.code);
      return factor
        ? factorSentence(factor, t, context)
        : factorSentence(
            {
              code: reason.code as SuccessionFactorDto['code'],
              points: 0,
              personIds: [],
              people: [],
            },
            t,
            context,
          );
    }
    case 'engagement': {
      const days = item.daysSinceLastInteraction;
      if (reason.code === 'no_contact' || days === null) return t('analytics.reasons.noContact');
      return reason.code === 'dormant'
        ? t('analytics.reasons.dormant', { count: days, index: item.engagementIndex })
        : t('analytics.reasons.cooling', { count: days, index: item.engagementIndex });
    }
    case 'action_items':
      return t('analytics.reasons.overdue', { count: item.overdueActionItems });
  }
}
