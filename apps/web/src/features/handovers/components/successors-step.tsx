import type {
  HandoverDto,
  HandoverItemDto,
  PersonDto,
  UpdateHandoverItemRequest,
  UpdateHandoverRequest,
} from '@regiokracht/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { groupByType, openItems, organisationHint } from './handover-items';
import { PersonPicker } from './person-picker';

interface ItemChoice {
  /** '' = the default successor applies. */
  successorId: string;
  drop: boolean;
  dropReason: string;
}

export interface SuccessorChoices {
  defaultSuccessorId: string;
  items: Record<string, ItemChoice>;
}

export function choicesFrom(handover: HandoverDto): SuccessorChoices {
  return {
    defaultSuccessorId: handover.defaultSuccessorId ?? '',
    items: Object.fromEntries(
      openItems(handover).map((item) => [
        item.id,
        { successorId: item.successorId ?? '', drop: item.drop, dropReason: item.dropReason ?? '' },
      ]),
    ),
  };
}

/**
 * The PATCH for these choices. Every open item is listed, which also marks it reviewed; `items`
 * keeps the order, so a 400 on `items.N.…` points back at the right row.
 */
export function toChanges(
  handover: HandoverDto,
  choices: SuccessorChoices,
): Omit<UpdateHandoverRequest, 'version'> & { items: UpdateHandoverItemRequest[] } {
  const items = openItems(handover).map((item): UpdateHandoverItemRequest => {
    const choice = choices.items[item.id] ?? { successorId: '', drop: false, dropReason: '' };
    if (item.itemType === 'action_item' && choice.drop)
      return { id: item.id, drop: true, dropReason: choice.dropReason.trim() };
    return {
      id: item.id,
      successorId: choice.successorId || null,
      ...(item.itemType === 'action_item' ? { drop: false } : {}),
    };
  });
  return { defaultSuccessorId: choices.defaultSuccessorId || null, items };
}

export interface SuccessorsStepProps {
  handover: HandoverDto;
  /** Active people who may take items over (the departing person excluded). */
  candidates: PersonDto[];
  readOnly?: boolean;
  /** Called with valid choices; the step keeps them while the parent saves. */
  onSubmit: (changes: ReturnType<typeof toChanges>) => void;
  /** Field errors from the API, keyed `items.N.dropReason`, `defaultSuccessorId`, … */
  serverErrors?: Record<string, string>;
  /** Back/Next buttons. */
  footer: ReactNode;
  formId: string;
}

export function SuccessorsStep({
  handover,
  candidates,
  readOnly = false,
  onSubmit,
  serverErrors = {},
  footer,
  formId,
}: SuccessorsStepProps) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState(() => choicesFrom(handover));
  const [reasonErrors, setReasonErrors] = useState<Record<string, string>>({});
  const items = openItems(handover);
  const defaultName = candidates.find((p) => p.id === choices.defaultSuccessorId)?.name;

  const setItem = (id: string, change: Partial<ItemChoice>) => {
    setChoices((current) => ({
      ...current,
      items: { ...current.items, [id]: { ...current.items[id], ...change } },
    }));
    if ('dropReason' in change || change.drop === false)
      setReasonErrors(({ [id]: _removed, ...rest }) => rest);
  };

  const serverErrorFor = (item: HandoverItemDto, field: string) => {
    const index = items.findIndex((i) => i.id === item.id);
    return serverErrors[`items.${index}.${field}`];
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (readOnly) {
      onSubmit(toChanges(handover, choices));
      return;
    }
    const missing: Record<string, string> = {};
    for (const item of items) {
      const choice = choices.items[item.id];
      if (item.itemType === 'action_item' && choice?.drop && !choice.dropReason.trim())
        missing[item.id] = t('handovers.successors.dropReasonRequired');
    }
    setReasonErrors(missing);
    const first = Object.keys(missing)[0];
    if (first) {
      document.getElementById(`drop-reason-${first}`)?.focus();
      return;
    }
    onSubmit(toChanges(handover, choices));
  };

  return (
    <form id={formId} className="stack" onSubmit={submit} noValidate>
      <PersonPicker
        label={t('handovers.successors.defaultLabel')}
        hint={t('handovers.successors.defaultHint', { name: handover.departingPerson.name })}
        people={candidates}
        value={choices.defaultSuccessorId}
        onChange={(id) => setChoices((current) => ({ ...current, defaultSuccessorId: id }))}
        emptyLabel={t('handovers.successors.noDefault')}
        disabled={readOnly}
        error={serverErrors.defaultSuccessorId}
      />
      {groupByType(items).map((group) => (
        <fieldset key={group.itemType} className="handover-group fieldset">
          <legend className="handover-group__title">
            {t(`handovers.itemTypes.${group.itemType}`)}{' '}
            <span className="muted">({group.items.length})</span>
          </legend>
          <ul className="handover-items">
            {group.items.map((item) => {
              const choice = choices.items[item.id];
              const canDrop = item.itemType === 'action_item';
              const reasonError = reasonErrors[item.id] ?? serverErrorFor(item, 'dropReason');
              return (
                <li key={item.id} className="handover-items__row handover-items__row--choice">
                  <div className="handover-items__what">
                    <span className="handover-items__label">{item.label}</span>
                    {organisationHint(item) && (
                      <span className="muted">{organisationHint(item)}</span>
                    )}
                    {item.state === 'needs_review' && (
                      <Badge tone="amber">{t('handovers.itemStates.needs_review')}</Badge>
                    )}
                  </div>
                  <div className="handover-items__choice">
                    <label className="visually-hidden" htmlFor={`successor-${item.id}`}>
                      {t('handovers.successors.itemLabel', { label: item.label })}
                    </label>
                    <select
                      id={`successor-${item.id}`}
                      className="select"
                      value={choice.drop ? '' : choice.successorId}
                      disabled={readOnly || choice.drop}
                      aria-invalid={serverErrorFor(item, 'successorId') ? true : undefined}
                      onChange={(event) => setItem(item.id, { successorId: event.target.value })}
                    >
                      <option value="">
                        {defaultName
                          ? t('handovers.successors.useDefaultNamed', { name: defaultName })
                          : t('handovers.successors.useDefault')}
                      </option>
                      {candidates.map((person) => (
                        <option key={person.id} value={person.id}>
                          {person.name}
                        </option>
                      ))}
                    </select>
                    {canDrop && (
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={choice.drop}
                          disabled={readOnly}
                          onChange={(event) => setItem(item.id, { drop: event.target.checked })}
                        />{' '}
                        {t('handovers.successors.drop')}
                      </label>
                    )}
                    {serverErrorFor(item, 'successorId') && (
                      <p className="field__error">{serverErrorFor(item, 'successorId')}</p>
                    )}
                  </div>
                  {canDrop && choice.drop && (
                    <div
                      className={`field handover-items__reason${reasonError ? ' field--invalid' : ''}`}
                    >
                      <label className="field__label" htmlFor={`drop-reason-${item.id}`}>
                        {t('handovers.successors.dropReason')}
                      </label>
                      <input
                        id={`drop-reason-${item.id}`}
                        className="input"
                        value={choice.dropReason}
                        maxLength={2000}
                        disabled={readOnly}
                        aria-required
                        aria-invalid={reasonError ? true : undefined}
                        aria-describedby={reasonError ? `drop-reason-${item.id}-error` : undefined}
                        onChange={(event) => setItem(item.id, { dropReason: event.target.value })}
                      />
                      {reasonError && (
                        <p id={`drop-reason-${item.id}-error`} className="field__error">
                          {reasonError}
                        </p>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      {items.length === 0 && <p className="muted">{t('handovers.successors.nothingOpen')}</p>}
      {footer}
    </form>
  );
}
