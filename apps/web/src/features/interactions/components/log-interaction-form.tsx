import {
  INTERACTION_INITIATORS,
  INTERACTION_KINDS,
  type InteractionDto,
  type InteractionInitiator,
  type InteractionKind,
} from '@regiokracht/shared';
import type { TFunction } from 'i18next';
import { useId, type KeyboardEvent } from 'react';
import { useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { isValidationError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import type { Translation } from '../../../app/i18n/en';
import { useCreateInteraction } from '../api/create-interaction';

export interface NamedOption {
  id: string;
  name: string;
}

export interface ParticipantGroup {
  label: string;
  people: NamedOption[];
}

export interface LogInteractionFormProps {
  coalitionId: string;
  /** The organisation the form was opened from: preselected. */
  organisation: NamedOption;
  /** Other organisations that may have taken part. */
  organisationOptions: NamedOption[];
  /** The organisation's people and the coalition's staff. */
  participantGroups: ParticipantGroup[];
  onLogged: (interaction: InteractionDto) => void;
  onCancel: () => void;
  /** The moment "now" in the form's default; injectable for tests. */
  now?: Date;
}

interface LogInteractionValues {
  occurredAt: string;
  kind: InteractionKind;
  initiatedBy: InteractionInitiator;
  summary: string;
  organisationIds: string[];
  participantIds: string[];
}

const FIELDS = [
  'occurredAt',
  'kind',
  'initiatedBy',
  'summary',
  'organisationIds',
  'participantIds',
] as const;
type Field = (typeof FIELDS)[number];
type ValidationKey = `interactions.validation.${keyof Translation['interactions']['validation']}`;

const SERVER_ERROR = 'server';
const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DDTHH:mm` in local time, as a datetime-local input holds it. */
export function toLocalDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

function errorText(error: FieldError | undefined, t: TFunction): string | undefined {
  if (!error?.message) return undefined;
  return error.type === SERVER_ERROR ? error.message : t(error.message as ValidationKey);
}

/**
 * Logs a contact in a few keystrokes: kind has focus, Enter saves from any field (Shift+Enter
 * for a new line in the summary), Escape closes. "When" defaults to now and comes after the
 * summary: a date-time input is several tab stops (day, month, year, hours, minutes), which
 * would stand between the user and the fields they nearly always fill in.
 */
export function LogInteractionForm({
  coalitionId,
  organisation,
  organisationOptions,
  participantGroups,
  onLogged,
  onCancel,
  now,
}: LogInteractionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateInteraction(coalitionId);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors },
  } = useForm<LogInteractionValues>({
    defaultValues: {
      occurredAt: toLocalDateTime(now ?? new Date()),
      kind: 'meeting',
      initiatedBy: 'coalition',
      summary: '',
      organisationIds: [organisation.id],
      participantIds: [],
    },
  });
  register('organisationIds', {
    validate: (ids) => ids.length > 0 || 'interactions.validation.organisationRequired',
  });
  const organisationIds = useWatch({ control, name: 'organisationIds' });
  const names = new Map(
    [organisation, ...organisationOptions].map((option) => [option.id, option.name]),
  );
  const addable = organisationOptions.filter((option) => !organisationIds.includes(option.id));

  const submit = (values: LogInteractionValues) =>
    create.mutate(
      {
        occurredAt: new Date(values.occurredAt).toISOString(),
        kind: values.kind,
        initiatedBy: values.initiatedBy,
        summary: values.summary.trim() || null,
        organisationIds: values.organisationIds,
        participantIds: values.participantIds,
      },
      {
        onSuccess: onLogged,
        onError: (error) => {
          if (!isValidationError(error)) return;
          for (const detail of error.details) {
            // `organisationIds.0` and the like belong to the list's field.
            const field = detail.field.split('.')[0] as Field;
            if (FIELDS.includes(field)) {
              setError(field, { type: SERVER_ERROR, message: detail.message });
            }
          }
        },
      },
    );

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return;
    if (target instanceof HTMLTextAreaElement && event.shiftKey) return;
    event.preventDefault();
    event.currentTarget.requestSubmit();
  };

  const fieldError =
    create.error && isValidationError(create.error)
      ? create.error.details.some((d) => FIELDS.includes(d.field.split('.')[0] as Field))
      : false;
  const general = create.error && !fieldError ? describeError(create.error, t) : null;

  return (
    <form
      className="stack log-interaction"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => void handleSubmit(submit)(event)}
    >
      {general && (
        <p className="alert alert--error" role="alert">
          {general}
        </p>
      )}
      <FormField label={t('interactions.fields.kind')} error={errorText(errors.kind, t)}>
        {(control) => (
          <select {...control} className="select select--full" {...register('kind')}>
            {INTERACTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`interactions.kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset className="fieldset">
        <legend className="field__label">{t('interactions.fields.initiatedBy')}</legend>
        <div className="radio-row">
          {INTERACTION_INITIATORS.map((initiator) => (
            <label key={initiator} className="radio">
              <input type="radio" value={initiator} {...register('initiatedBy')} />
              {t(`interactions.initiators.${initiator}`)}
            </label>
          ))}
        </div>
        <p className="field__hint">{t('interactions.hints.initiatedBy')}</p>
      </fieldset>
      <FormField
        label={t('interactions.fields.summary')}
        hint={t('interactions.hints.summary')}
        error={errorText(errors.summary, t)}
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={3}
            {...register('summary', {
              maxLength: { value: 10000, message: 'interactions.validation.summaryTooLong' },
            })}
          />
        )}
      </FormField>
      <FormField
        label={t('interactions.fields.occurredAt')}
        error={errorText(errors.occurredAt, t)}
        required
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="datetime-local"
            {...register('occurredAt', {
              required: 'interactions.validation.occurredAtRequired',
              validate: (value) =>
                new Date(value).getTime() <= Date.now() + DAY_MS ||
                'interactions.validation.occurredAtFuture',
            })}
          />
        )}
      </FormField>
      <fieldset
        className="fieldset"
        aria-describedby={errors.organisationIds ? `${id}-orgs-error` : undefined}
      >
        <legend className="field__label">{t('interactions.fields.organisations')}</legend>
        <ul className="chip-list">
          {organisationIds.map((organisationId) => (
            <li key={organisationId} className="chip">
              {names.get(organisationId) ?? organisationId}
              {organisationIds.length > 1 && (
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={t('interactions.removeOrganisation', {
                    name: names.get(organisationId) ?? '',
                  })}
                  onClick={() =>
                    setValue(
                      'organisationIds',
                      organisationIds.filter((other) => other !== organisationId),
                      { shouldValidate: true },
                    )
                  }
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
        {addable.length > 0 && (
          <div className="field">
            <label className="visually-hidden" htmlFor={`${id}-add-org`}>
              {t('interactions.addOrganisation')}
            </label>
            <select
              id={`${id}-add-org`}
              className="select select--full"
              value=""
              onChange={(event) => {
                if (!event.target.value) return;
                setValue('organisationIds', [...organisationIds, event.target.value], {
                  shouldValidate: true,
                });
              }}
            >
              <option value="">{t('interactions.addOrganisation')}</option>
              {addable.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {errors.organisationIds && (
          <p id={`${id}-orgs-error`} className="field__error">
            {errorText(errors.organisationIds as FieldError, t)}
          </p>
        )}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="field__label">{t('interactions.fields.participants')}</legend>
        {participantGroups.every((group) => group.people.length === 0) ? (
          <p className="muted">{t('interactions.noParticipants')}</p>
        ) : (
          participantGroups
            .filter((group) => group.people.length > 0)
            .map((group) => (
              <div key={group.label} className="check-group">
                <p className="check-group__label">{group.label}</p>
                <div className="check-group__items">
                  {group.people.map((person) => (
                    <label key={person.id} className="check">
                      <input type="checkbox" value={person.id} {...register('participantIds')} />
                      {person.name}
                    </label>
                  ))}
                </div>
              </div>
            ))
        )}
        {errors.participantIds && (
          <p className="field__error">{errorText(errors.participantIds as FieldError, t)}</p>
        )}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary" pending={create.isPending}>
          {t('interactions.submit')}
        </Button>
        <Button onClick={onCancel}>{t('interactions.cancel')}</Button>
        <span className="field__hint form-actions__hint">{t('interactions.hints.keyboard')}</span>
      </div>
    </form>
  );
}
