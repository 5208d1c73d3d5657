import type {
  AttentionItemDto,
  AttentionReasonDto,
  OrganisationInsightDto,
  SuccessionFactorDto,
} from '@regiokracht/shared';
import type { TFunction } from 'i18next';

export interface SentenceContext {
  /** "A, B and C" in the reader's language. */
  list: (names: string[]) => string;
  /** A `YYYY-MM-DD` date the reader's way. */
  date: (value: string) => string;
  /** When a person leaves, from the dashboard's departures. */
  leavingOn: (personId: string) => string | null;
}

/** A succession factor as a sentence: who, and what is wrong. */
export function factorSentence(
  factor: SuccessionFactorDto,
  t: TFunction,
  context: SentenceContext,
): string {
  const names = context.list(factor.people.map((p) => p.name));
  const count = factor.people.length;
  switch (factor.code) {
    case 'no_contact':
      return t('analytics.factors.no_contact');
    case 'key_contact_leaving': {
      const leavingOn = factor.people
        .map((p) => context.leavingOn(p.id))
        .find((d): d is string => d !== null);
      return leavingOn
        ? t('analytics.factors.key_contact_leaving_on', {
            names,
            count,
            date: context.date(leavingOn),
          })
        : t('analytics.factors.key_contact_leaving', { names, count });
    }
    case 'key_contact_left':
      return t('analytics.factors.key_contact_left', { names, count });
    case 'owner_leaving':
      return count > 0
        ? t('analytics.factors.owner_leaving', { names })
        : t('analytics.factors.owner_leaving_unknown');
    case 'single_contact':
      return t('analytics.factors.single_contact', { names });
    case 'concentrated':
      return t('analytics.factors.concentrated', { names });
    case 'orphaned_actions': {
      const items = factor.actionItemIds?.length ?? 0;
      return items > 0
        ? t('analytics.factors.orphaned_actions', { count: items })
        : t('analytics.factors.orphaned_actions_some');
    }
  }
}

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
