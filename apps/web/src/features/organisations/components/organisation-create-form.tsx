import type { CreateOrganisationRequest, OrganisationDto } from '@regiokracht/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { describeError } from '../../../lib/error-message';
import { useCreateOrganisation } from '../api/create-organisation';
import {
  OrganisationFields,
  organisationFieldDetails,
  ORGANISATION_FIELDS,
  toFormValues,
  toRequestFields,
  type OrganisationFormValues,
  type PersonOption,
} from './organisation-fields';
import { SERVER_ERROR_TYPE } from './form-errors';

export interface OrganisationCreateFormProps {
  coalitionId: string;
  ownerOptions: PersonOption[];
  onCreated: (organisation: OrganisationDto) => void;
  onCancel: () => void;
}

export function OrganisationCreateForm({
  coalitionId,
  ownerOptions,
  onCreated,
  onCancel,
}: OrganisationCreateFormProps) {
  const { t } = useTranslation();
  const create = useCreateOrganisation(coalitionId);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<OrganisationFormValues>({ defaultValues: toFormValues() });

  const submit = (values: OrganisationFormValues) => {
    // Empty optional fields are simply left out of a new organisation.
    const filled = ORGANISATION_FIELDS.filter((field) => values[field].trim() !== '');
    create.mutate(toRequestFields(values, filled) as CreateOrganisationRequest, {
      onSuccess: onCreated,
      onError: (error) => {
        for (const { field, message } of organisationFieldDetails(error)) {
          setError(field, { type: SERVER_ERROR_TYPE, message });
        }
      },
    });
  };

  const otherError =
    create.error && organisationFieldDetails(create.error).length === 0
      ? describeError(create.error, t)
      : null;

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      {otherError && (
        <p className="alert alert--error" role="alert">
          {otherError}
        </p>
      )}
      <OrganisationFields
        register={register}
        control={control}
        errors={errors}
        ownerOptions={ownerOptions}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" pending={create.isPending}>
          {t('organisations.create')}
        </Button>
        <Button onClick={onCancel}>{t('organisations.cancel')}</Button>
      </div>
    </form>
  );
}
