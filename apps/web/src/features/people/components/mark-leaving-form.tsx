import type { PersonDetailDto, UpdatePersonRequest } from '@regiokracht/shared';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm, useWatch, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Translation } from '../../../app/i18n/en';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { isStaleVersionError, isValidationError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { personQueryOptions } from '../api/get-person';
import { useUpdatePerson } from '../api/update-person';

type Departure = 'leaving' | 'left';

interface MarkLeavingValues {
  departure: Departure;
  leavingOn: string;
  leftOn: string;
}

type ValidationKey = `people.validation.${keyof Translation['people']['validation']}`;
const SERVER_ERROR = 'server';

function errorText(error: FieldError | undefined, t: TFunction): string | undefined {
  if (!error?.message) return undefined;
  return error.type === SERVER_ERROR ? error.message : t(error.message as ValidationKey);
}

function toRequest(values: MarkLeavingValues, version: number): UpdatePersonRequest {
  return values.departure === 'leaving'
    ? { version, status: 'leaving', leavingOn: values.leavingOn }
    : { version, status: 'left', leftOn: values.leftOn };
}

export interface MarkLeavingFormProps {
  coalitionId: string;
  person: PersonDetailDto;
  onDone: (person: PersonDetailDto) => void;
  onCancel: () => void;
}

/**
 * Records that somebody is leaving (with the date, so the dashboard and handovers can plan for
 * it) or has left. A stale version offers "Reload and retry" with the chosen date kept.
 */
export function MarkLeavingForm({ coalitionId, person, onDone, onCancel }: MarkLeavingFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdatePerson(coalitionId, person.id);
  const [conflict, setConflict] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    getValues,
    formState: { errors },
  } = useForm<MarkLeavingValues>({
    defaultValues: {
      departure: person.status === 'leaving' ? 'left' : 'leaving',
      leavingOn: person.leavingOn ?? '',
      leftOn: person.leavingOn ?? '',
    },
  });
  const departure = useWatch({ control, name: 'departure' });

  const save = (values: MarkLeavingValues, version: number) => {
    setConflict(false);
    update.mutate(toRequest(values, version), {
      onSuccess: onDone,
      onError: (error) => {
        if (isStaleVersionError(error)) setConflict(true);
        if (!isValidationError(error)) return;
        for (const { field, message } of error.details) {
          if (field === 'leavingOn' || field === 'leftOn') {
            setError(field, { type: SERVER_ERROR, message });
          }
        }
      },
    });
  };

  const reloadAndRetry = async () => {
    setReloadError(null);
    try {
      const fresh = await queryClient.fetchQuery({
        ...personQueryOptions(coalitionId, person.id),
        staleTime: 0,
      });
      save(getValues(), fresh.version);
    } catch (error) {
      setReloadError(error);
    }
  };

  const fieldError =
    isValidationError(update.error) &&
    update.error.details.some((d) => d.field === 'leavingOn' || d.field === 'leftOn');
  const general =
    update.error && !fieldError && !isStaleVersionError(update.error)
      ? describeError(update.error, t)
      : reloadError
        ? describeError(reloadError, t)
        : null;

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => void handleSubmit((values) => save(values, person.version))(event)}
    >
      {conflict && (
        <div className="conflict" role="alert">
          <p>{t('people.conflict')}</p>
          <Button
            variant="primary"
            size="sm"
            pending={update.isPending}
            onClick={() => void reloadAndRetry()}
          >
            {t('people.reloadAndRetry')}
          </Button>
        </div>
      )}
      {general && (
        <p className="alert alert--error" role="alert">
          {general}
        </p>
      )}
      <fieldset className="fieldset">
        <legend className="field__label">{t('people.markLeaving.question')}</legend>
        <div className="radio-row">
          <label className="radio">
            <input type="radio" value="leaving" {...register('departure')} />
            {t('people.markLeaving.isLeaving')}
          </label>
          <label className="radio">
            <input type="radio" value="left" {...register('departure')} />
            {t('people.markLeaving.hasLeft')}
          </label>
        </div>
      </fieldset>
      {departure === 'leaving' ? (
        <FormField
          key="leavingOn"
          label={t('people.fields.leavingOn')}
          hint={t('people.markLeaving.leavingHint')}
          error={errorText(errors.leavingOn, t)}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              {...register('leavingOn', {
                validate: (value, values) =>
                  values.departure !== 'leaving' ||
                  !!value ||
                  'people.validation.leavingOnRequired',
              })}
            />
          )}
        </FormField>
      ) : (
        <FormField
          key="leftOn"
          label={t('people.fields.leftOn')}
          error={errorText(errors.leftOn, t)}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              {...register('leftOn', {
                validate: (value, values) =>
                  values.departure !== 'left' || !!value || 'people.validation.leftOnRequired',
              })}
            />
          )}
        </FormField>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" pending={update.isPending && !conflict}>
          {departure === 'leaving'
            ? t('people.markLeaving.saveLeaving')
            : t('people.markLeaving.saveLeft')}
        </Button>
        <Button onClick={onCancel}>{t('people.cancel')}</Button>
      </div>
    </form>
  );
}
