import type { OrganisationDto } from '@regiokracht/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { isStaleVersionError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { organisationQueryOptions } from '../api/get-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';
import {
  OrganisationFields,
  organisationFieldDetails,
  ORGANISATION_FIELDS,
  toFormValues,
  toRequestFields,
  type OrganisationField,
  type OrganisationFormValues,
  type PersonOption,
} from './organisation-fields';
import { SERVER_ERROR_TYPE } from './form-errors';

export interface OrganisationEditFormProps {
  coalitionId: string;
  organisation: OrganisationDto;
  ownerOptions: PersonOption[];
  onSaved: (organisation: OrganisationDto) => void;
  onCancel: () => void;
}

/**
 * Edits an organisation with the version it was read at. When someone else saved in between
 * (409), the typed values stay; "Reload and retry" fetches the fresh record and sends only the
 * fields this user changed on top of it.
 */
export function OrganisationEditForm({
  coalitionId,
  organisation,
  ownerOptions,
  onSaved,
  onCancel,
}: OrganisationEditFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateOrganisation(coalitionId, organisation.id);
  const [version, setVersion] = useState(organisation.version);
  const [conflict, setConflict] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    setValue,
    getValues,
    formState: { errors, dirtyFields },
  } = useForm<OrganisationFormValues>({ defaultValues: toFormValues(organisation) });

  // The owner may be somebody outside the pick-list (a teacher at a school, say).
  const options =
    organisation.relationshipOwnerId &&
    !ownerOptions.some((p) => p.id === organisation.relationshipOwnerId)
      ? [
          ...ownerOptions,
          {
            id: organisation.relationshipOwnerId,
            name: organisation.relationshipOwnerName ?? '—',
          },
        ]
      : ownerOptions;

  const changedFields = (): OrganisationField[] =>
    ORGANISATION_FIELDS.filter((field) => dirtyFields[field]);

  const save = (values: OrganisationFormValues, atVersion: number, fields: OrganisationField[]) => {
    setConflict(false);
    update.mutate(
      { version: atVersion, ...toRequestFields(values, fields) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isStaleVersionError(error)) setConflict(true);
          for (const { field, message } of organisationFieldDetails(error)) {
            setError(field, { type: SERVER_ERROR_TYPE, message });
          }
        },
      },
    );
  };

  const submit = (values: OrganisationFormValues) => {
    const fields = changedFields();
    if (fields.length === 0) {
      onCancel();
      return;
    }
    save(values, version, fields);
  };

  const reloadAndRetry = async () => {
    const fields = changedFields();
    const typed = getValues();
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await queryClient.fetchQuery({
        ...organisationQueryOptions(coalitionId, organisation.id),
        staleTime: 0,
      });
      // The fresh record underneath, this user's edits on top of it and still marked as changed.
      reset(toFormValues(fresh));
      for (const field of fields) setValue(field, typed[field], { shouldDirty: true });
      setVersion(fresh.version);
      save({ ...toFormValues(fresh), ...pick(typed, fields) }, fresh.version, fields);
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  };

  const otherError =
    update.error &&
    !isStaleVersionError(update.error) &&
    organisationFieldDetails(update.error).length === 0
      ? describeError(update.error, t)
      : null;
  const alertText = otherError ?? (reloadError ? describeError(reloadError, t) : null);

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      {conflict && (
        <div className="conflict" role="alert">
          <p>{t('organisations.conflict.message')}</p>
          <Button
            variant="primary"
            size="sm"
            pending={reloading || update.isPending}
            onClick={() => void reloadAndRetry()}
          >
            {t('organisations.conflict.reloadAndRetry')}
          </Button>
        </div>
      )}
      {alertText && (
        <p className="alert alert--error" role="alert">
          {alertText}
        </p>
      )}
      <OrganisationFields
        register={register}
        control={control}
        errors={errors}
        ownerOptions={options}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" pending={update.isPending && !conflict}>
          {t('organisations.save')}
        </Button>
        <Button onClick={onCancel}>{t('organisations.cancel')}</Button>
      </div>
    </form>
  );
}

function pick(
  values: OrganisationFormValues,
  fields: OrganisationField[],
): Partial<OrganisationFormValues> {
  return Object.fromEntries(fields.map((field) => [field, values[field]]));
}
