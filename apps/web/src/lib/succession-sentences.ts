import type { SuccessionFactorDto } from '@regiokracht/shared';
import type { TFunction } from 'i18next';

export interface SentenceContext {
  /** Names joined the reader's way: "Henk Smits and Ada Bakker". */
  list: (names: string[]) => string;
  /** Formats a `YYYY-MM-DD` date. */
  date: (value: string) => string;
  /** The leaving date of a person, when known. */
  leavingOn: (personId: string) => string | null;
}

/** A succession factor as a sentence a coordinator can act on: who, and what is wrong. */
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
