import type { PersonDetailDto, PersonDto } from '@regiokracht/shared';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Translation } from '../../../app/i18n/en';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { isStaleVersionError, isValidationError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { personQueryOptions } from '../../people/api/get-person';
import { useUpdateMyDetails, type MyDetailsRequest } from '../api/update-my-details';

interface MyDetailsValues {
  name: string;
  phone: string;
  role: string;
}

type Field = keyof MyDetailsValues;
type ValidationKey = keyof Translation['portal']['myDetails']['validation'];

// The API's limits (people/dto/create-person.dto.ts).
export const NAME_MAX = 200;
export const PHONE_MAX = 50;
export const ROLE_MAX = 200;
const SERVER_ERROR = 'server';
const FIELDS: readonly string[] = ['name', 'phone', 'role'];

function errorText(error: FieldError | undefined, t: TFunction): string | undefined {
  if (!error?.message) return undefined;
  if (error.type === SERVER_ERROR) return error.message;
  return t(`portal.myDetails.validation.${error.message as ValidationKey}`);
}

function valuesOf(person: PersonDto): MyDetailsValues {
  return { name: person.name, phone: person.phone ?? '', role: person.role ?? '' };
}

/** The fields the partner changed, compared with the record as they opened it. */
export function changedDetails(
  original: PersonDto,
  values: MyDetailsValues,
): Omit<MyDetailsRequest, 'version'> {
  const changes: Omit<MyDetailsRequest, 'version'> = {};
  const name = values.name.trim();
  const phone = values.phone.trim() || null;
  const role = values.role.trim() || null;
  if (name !== original.name) changes.name = name;
  if (phone !== original.phone) changes.phone = phone;
  if (role !== original.role) changes.role = role;
  return changes;
}

export interface MyDetailsFormProps {
  coalitionId: string;
  person: PersonDto;
  onDone: (person: PersonDetailDto | null) => void;
  onCancel: () => void;
}

/**
 * A partner's own contact details: name, phone and job title. Someone else saving first (409)
 * offers "reload and save mine": the typed values stay and go onto the current version.
 */
export function MyDetailsForm({ coalitionId, person, onDone, onCancel }: MyDetailsFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateMyDetails(coalitionId, person.id);
  const [stale, setStale] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors },
  } = useForm<MyDetailsValues>({ defaultValues: valuesOf(person) });

  const save = (values: MyDetailsValues, version: number) => {
    const changes = changedDetails(person, values);
    if (Object.keys(changes).length === 0) {
      onDone(null);
      return;
    }
    setStale(false);
    update.mutate(
      { version, ...changes },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (isStaleVersionError(error)) setStale(true);
          if (!isValidationError(error)) return;
          for (const { field, message } of error.details) {
            if (FIELDS.includes(field)) setError(field as Field, { type: SERVER_ERROR, message });
          }
        },
      },
    );
  };

  const reloadAndRetry = async () => {
    setReloadError(null);
    try {
      // Fresh, not cached: the retry must carry the version the record is at now.
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
    isValidationError(update.error) && update.error.details.some((d) => FIELDS.includes(d.field));
  const general = reloadError
    ? describeError(reloadError, t)
    : update.error && !fieldError && !isStaleVersionError(update.error)
      ? describeError(update.error, t)
      : null;

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => void handleSubmit((values) => save(values, person.version))(event)}
    >
      <p className="muted small">{t('portal.myDetails.hint')}</p>
      {stale && (
        <div className="alert alert--error portal-conflict" role="alert">
          <p>{t('portal.myDetails.conflict')}</p>
          <Button
            variant="primary"
            size="sm"
            pending={update.isPending}
            onClick={() => void reloadAndRetry()}
          >
            {t('portal.myDetails.reloadAndRetry')}
          </Button>
        </div>
      )}
      {general && (
        <p className="alert alert--error" role="alert">
          {general}
        </p>
      )}
      <FormField label={t('portal.myDetails.name')} error={errorText(errors.name, t)} required>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="name"
            {...register('name', {
              validate: (value) => {
                if (!value.trim()) return 'nameRequired';
                if (value.trim().length > NAME_MAX) return 'nameTooLong';
                return true;
              },
            })}
          />
        )}
      </FormField>
      <div className="form-grid">
        <FormField label={t('portal.myDetails.phone')} error={errorText(errors.phone, t)}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="tel"
              autoComplete="tel"
              {...register('phone', {
                validate: (value) => value.trim().length <= PHONE_MAX || 'phoneTooLong',
              })}
            />
          )}
        </FormField>
        <FormField label={t('portal.myDetails.role')} error={errorText(errors.role, t)}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              autoComplete="organization-title"
              {...register('role', {
                validate: (value) => value.trim().length <= ROLE_MAX || 'roleTooLong',
              })}
            />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" pending={update.isPending && !stale}>
          {t('portal.myDetails.save')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('portal.myDetails.cancel')}
        </Button>
      </div>
    </form>
  );
}
