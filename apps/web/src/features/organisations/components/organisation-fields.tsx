import {
  ORGANISATION_KINDS,
  ORGANISATION_STATUSES,
  SIZE_CLASSES,
  type CreateOrganisationRequest,
  type OrganisationDto,
  type OrganisationKind,
  type OrganisationStatus,
  type SizeClass,
} from '@regiokracht/shared';
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/ui/form-field';
import { isValidationError } from '../../../lib/api-error';
import { errorText } from './form-errors';

export interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind;
  sizeClass: SizeClass | '';
  sector: string;
  city: string;
  website: string;
  status: OrganisationStatus;
  joinedOn: string;
  leftOn: string;
  interests: string;
  relationshipOwnerId: string;
}

export type OrganisationField = keyof OrganisationFormValues;
export const ORGANISATION_FIELDS = [
  'name',
  'kind',
  'sizeClass',
  'sector',
  'city',
  'website',
  'status',
  'joinedOn',
  'leftOn',
  'interests',
  'relationshipOwnerId',
] as const satisfies readonly OrganisationField[];

export interface PersonOption {
  id: string;
  name: string;
}

export function toFormValues(organisation?: OrganisationDto): OrganisationFormValues {
  return {
    name: organisation?.name ?? '',
    kind: organisation?.kind ?? 'company',
    sizeClass: organisation?.sizeClass ?? '',
    sector: organisation?.sector ?? '',
    city: organisation?.city ?? '',
    website: organisation?.website ?? '',
    status: organisation?.status ?? 'active',
    joinedOn: organisation?.joinedOn ?? '',
    leftOn: organisation?.leftOn ?? '',
    interests: organisation?.interests ?? '',
    relationshipOwnerId: organisation?.relationshipOwnerId ?? '',
  };
}

/** The request fields for `fields`; an emptied optional field is sent as null (cleared). */
export function toRequestFields(
  values: OrganisationFormValues,
  fields: readonly OrganisationField[],
): Partial<CreateOrganisationRequest> {
  const body: Partial<CreateOrganisationRequest> = {};
  for (const field of fields) {
    switch (field) {
      case 'name':
        body.name = values.name.trim();
        break;
      case 'kind':
        body.kind = values.kind;
        break;
      case 'status':
        body.status = values.status;
        break;
      case 'sizeClass':
        body.sizeClass = values.sizeClass || null;
        break;
      case 'sector':
      case 'city':
      case 'website':
      case 'joinedOn':
      case 'leftOn':
      case 'interests':
      case 'relationshipOwnerId':
        body[field] = values[field].trim() || null;
        break;
    }
  }
  return body;
}

// A loose check that mirrors the API's IsUrl without a required protocol.
const WEB_ADDRESS = /^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/i;

/** The API's 400 details that name one of this form's fields. */
export function organisationFieldDetails(
  error: unknown,
): { field: OrganisationField; message: string }[] {
  if (!isValidationError(error)) return [];
  return error.details.flatMap(({ field, message }) =>
    (ORGANISATION_FIELDS as readonly string[]).includes(field)
      ? [{ field: field as OrganisationField, message }]
      : [],
  );
}

export interface OrganisationFieldsProps {
  register: UseFormRegister<OrganisationFormValues>;
  control: Control<OrganisationFormValues>;
  errors: FieldErrors<OrganisationFormValues>;
  ownerOptions: PersonOption[];
}

/** The organisation's fields, shared by the create and edit forms; rules mirror the API's DTO. */
export function OrganisationFields({
  register,
  control,
  errors,
  ownerOptions,
}: OrganisationFieldsProps) {
  const { t } = useTranslation();
  const kind = useWatch({ control, name: 'kind' });
  const text = (max: number) => ({
    maxLength: { value: max, message: `organisations.validation.tooLong${max}` },
  });
  return (
    <div className="form-grid">
      <FormField label={t('organisations.fields.name')} error={errorText(errors.name, t)} required>
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="off"
            {...register('name', {
              validate: (value) =>
                value.trim().length > 0 || 'organisations.validation.nameRequired',
              ...text(200),
            })}
          />
        )}
      </FormField>
      <FormField label={t('organisations.fields.kind')} error={errorText(errors.kind, t)}>
        {(control) => (
          <select {...control} className="select select--full" {...register('kind')}>
            {ORGANISATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`organisations.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('organisations.fields.status')} error={errorText(errors.status, t)}>
        {(control) => (
          <select {...control} className="select select--full" {...register('status')}>
            {ORGANISATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`organisations.statuses.${s}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t('organisations.fields.sizeClass')}
        hint={kind === 'company' ? t('organisations.hints.sizeClass') : undefined}
        error={errorText(errors.sizeClass, t)}
      >
        {(control) => (
          <select {...control} className="select select--full" {...register('sizeClass')}>
            <option value="">{t('organisations.notSet')}</option>
            {SIZE_CLASSES.map((s) => (
              <option key={s} value={s}>
                {t(`organisations.sizeClasses.${s}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('organisations.fields.sector')} error={errorText(errors.sector, t)}>
        {(control) => <input {...control} className="input" {...register('sector', text(200))} />}
      </FormField>
      <FormField label={t('organisations.fields.city')} error={errorText(errors.city, t)}>
        {(control) => <input {...control} className="input" {...register('city', text(200))} />}
      </FormField>
      <FormField label={t('organisations.fields.website')} error={errorText(errors.website, t)}>
        {(control) => (
          <input
            {...control}
            className="input"
            inputMode="url"
            placeholder="https://www.example.nl"
            {...register('website', {
              ...text(500),
              validate: (value) =>
                !value.trim() ||
                WEB_ADDRESS.test(value.trim()) ||
                'organisations.validation.websiteInvalid',
            })}
          />
        )}
      </FormField>
      <FormField
        label={t('organisations.fields.relationshipOwner')}
        error={errorText(errors.relationshipOwnerId, t)}
      >
        {(control) => (
          <select {...control} className="select select--full" {...register('relationshipOwnerId')}>
            <option value="">{t('organisations.nobody')}</option>
            {ownerOptions.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('organisations.fields.joinedOn')} error={errorText(errors.joinedOn, t)}>
        {(control) => (
          <input {...control} className="input" type="date" {...register('joinedOn')} />
        )}
      </FormField>
      <FormField label={t('organisations.fields.leftOn')} error={errorText(errors.leftOn, t)}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="date"
            {...register('leftOn', {
              validate: (value, values) =>
                !value ||
                !values.joinedOn ||
                value >= values.joinedOn ||
                'organisations.validation.leftBeforeJoined',
            })}
          />
        )}
      </FormField>
      <div className="form-grid__wide">
        <FormField
          label={t('organisations.fields.interests')}
          hint={t('organisations.hints.interests')}
          error={errorText(errors.interests, t)}
        >
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={3}
              {...register('interests', text(5000))}
            />
          )}
        </FormField>
      </div>
    </div>
  );
}
