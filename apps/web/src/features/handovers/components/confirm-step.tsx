import type { HandoverBlockerDto, HandoverDto } from '@regiokracht/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { openItems } from './handover-items';

/**
 * What blocks completion, read from the draft: items without any successor, and items found
 * after the draft that nobody reviewed yet. (The API's conflict lists the same; deriving it from
 * the reloaded draft keeps one source for the wizard and the answer.)
 */
export function blockersOf(handover: HandoverDto): HandoverBlockerDto[] {
  return openItems(handover).flatMap((item): HandoverBlockerDto[] => {
    const base = { id: item.id, itemType: item.itemType, itemId: item.itemId, label: item.label };
    if (item.state === 'needs_review') return [{ ...base, reason: 'needs_review' }];
    if (!item.drop && !item.effectiveSuccessorId) return [{ ...base, reason: 'no_successor' }];
    return [];
  });
}

export interface ConfirmStepProps {
  handover: HandoverDto;
  /** Shown after a refused completion. */
  completionError?: string | null;
  onChooseSuccessors: () => void;
  footer: ReactNode;
  formId: string;
  onSubmit: () => void;
}

export function ConfirmStep({
  handover,
  completionError,
  onChooseSuccessors,
  footer,
  formId,
  onSubmit,
}: ConfirmStepProps) {
  const { t } = useTranslation();
  const items = openItems(handover);
  const dropped = items.filter((item) => item.drop);
  const bySuccessor = new Map<string, { name: string; count: number }>();
  for (const item of items) {
    if (item.drop || !item.effectiveSuccessorId) continue;
    const entry = bySuccessor.get(item.effectiveSuccessorId) ?? {
      name: item.effectiveSuccessorName ?? '',
      count: 0,
    };
    entry.count += 1;
    bySuccessor.set(item.effectiveSuccessorId, entry);
  }
  const blockers = blockersOf(handover);
  return (
    <form
      id={formId}
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <p>{t('handovers.confirm.intro', { name: handover.departingPerson.name })}</p>
      <ul className="handover-summary">
        {[...bySuccessor.values()]
          .sort((a, b) => b.count - a.count)
          .map((entry) => (
            <li key={entry.name}>
              {t('handovers.confirm.toSuccessor', { count: entry.count, name: entry.name })}
            </li>
          ))}
        {dropped.length > 0 && <li>{t('handovers.confirm.dropped', { count: dropped.length })}</li>}
        {items.length === 0 && <li>{t('handovers.confirm.nothing')}</li>}
      </ul>
      {handover.notes ? (
        <p className="muted">{t('handovers.confirm.dossierWritten')}</p>
      ) : (
        <p className="muted">{t('handovers.confirm.noDossier')}</p>
      )}
      {(blockers.length > 0 || completionError) && (
        <div className="alert alert--error" role="alert">
          {completionError && <p>{completionError}</p>}
          {blockers.length > 0 && (
            <>
              <p>
                <strong>{t('handovers.confirm.blockersTitle', { count: blockers.length })}</strong>
              </p>
              <ul className="handover-blockers">
                {blockers.map((blocker) => (
                  <li key={blocker.id}>
                    {blocker.label} — {t(`handovers.blockReasons.${blocker.reason}`)}
                  </li>
                ))}
              </ul>
              <Button size="sm" onClick={onChooseSuccessors}>
                {t('handovers.confirm.chooseSuccessors')}
              </Button>
            </>
          )}
        </div>
      )}
      {footer}
    </form>
  );
}
