import {
  CommonErrorCode,
  MemberErrorCode,
  ROLES,
  type MemberDto,
  type Role,
} from '@regiokracht/shared';
import type { TFunction } from 'i18next';
import { useForm, useWatch, type FieldError as FormError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { isApiError, isValidationError, type ApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { useOrganisationOptions } from '../../organisations/api/get-organisation-options';
import { useInviteMember } from '../api/invite-member';

/** The address is already a member (`MEMBER_ALREADY_MEMBER`; older servers answer `CONFLICT`). */
function isAlreadyMemberError(error: unknown): error is ApiError {
  return (
    isApiError(error) &&
    (error.code === MemberErrorCode.ALREADY_MEMBER || error.code === CommonErrorCode.CONFLICT)
  );
}

interface InviteFormValues {
  email: string;
  name: string;
  role: Role;
  organisationId: string;
}

type Field = keyof InviteFormValues;
const FIELDS: readonly Field[] = ['email', 'name', 'role', 'organisationId'];

// Deliberately loose, as at login: the API decides; this catches typos.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const EMAIL_MAX = 320;
export const NAME_MAX = 200;
const SERVER_ERROR = 'server';

function errorText(error: FormError | undefined, t: TFunction): string | undefined {
  if (!error?.message) return undefined;
  if (error.type === SERVER_ERROR) return error.message;
  switch (error.message) {
    case 'emailRequired':
      return t('members.invite.errors.emailRequired');
    case 'emailInvalid':
      return t('members.invite.errors.emailInvalid');
    case 'nameRequired':
      return t('members.invite.errors.nameRequired');
    case 'tooLong':
      return t('members.invite.errors.tooLong');
    case 'organisationRequired':
      return t('members.invite.errors.organisationRequired');
    default:
      return error.message;
  }
}

export interface InviteMemberFormProps {
  coalitionId: string;
  onDone: (member: MemberDto) => void;
  onCancel: () => void;
}

export function InviteMemberForm({ coalitionId, onDone, onCancel }: InviteMemberFormProps) {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions(coalitionId);
  const mutation = useInviteMember(coalitionId);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<InviteFormValues>({
    defaultValues: { email: '', name: '', role: 'member', organisationId: '' },
  });
  const role = useWatch({ control, name: 'role' });

  const fieldDetails = (error: unknown) =>
    // Invalid input, or an address that is already a member: both name the field.
    isValidationError(error) || isAlreadyMemberError(error)
      ? error.details.filter((d): d is { field: Field; message: string } =>
          FIELDS.includes(d.field as Field),
        )
      : [];

  const submit = (values: InviteFormValues) =>
    mutation.mutate(
      {
        email: values.email.trim(),
        name: values.name.trim(),
        role: values.role,
        organisationId: values.role === 'partner' ? values.organisationId : undefined,
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          for (const { field, message } of fieldDetails(error)) {
            setError(field, { type: SERVER_ERROR, message });
          }
        },
      },
    );

  const generalError =
    mutation.error && fieldDetails(mutation.error).length === 0 ? mutation.error : null;

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      <p className="muted">{t('members.invite.intro')}</p>
      {generalError && (
        <p className="alert alert--error" role="alert">
          {describeError(generalError, t)}
        </p>
      )}
      <div className="form-grid">
        <FormField label={t('members.fields.name')} error={errorText(errors.name, t)} required>
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              autoComplete="off"
              {...register('name', {
                validate: (value) => (value.trim() ? true : 'nameRequired'),
                maxLength: { value: NAME_MAX, message: 'tooLong' },
              })}
            />
          )}
        </FormField>
        <FormField label={t('members.fields.email')} error={errorText(errors.email, t)} required>
          {(control) => (
            <input
              {...control}
              className="input"
              type="email"
              inputMode="email"
              autoComplete="off"
              spellCheck={false}
              {...register('email', {
                required: 'emailRequired',
                pattern: { value: EMAIL_PATTERN, message: 'emailInvalid' },
                maxLength: { value: EMAIL_MAX, message: 'tooLong' },
              })}
            />
          )}
        </FormField>
        <FormField
          label={t('members.fields.role')}
          hint={t(`members.roleHints.${role}`)}
          error={errorText(errors.role, t)}
          required
        >
          {(control) => (
            <select {...control} className="select select--block" {...register('role')}>
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`roles.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {role === 'partner' && (
          <FormField
            label={t('members.fields.organisation')}
            hint={t('members.invite.organisationHint')}
            error={errorText(errors.organisationId, t)}
            required
          >
            {(control) => (
              <select
                {...control}
                className="select select--block"
                {...register('organisationId', {
                  validate: (value, all) =>
                    all.role !== 'partner' || value ? true : 'organisationRequired',
                })}
              >
                <option value="">{t('members.invite.chooseOrganisation')}</option>
                {organisations.data?.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" pending={mutation.isPending}>
          {t('members.invite.submit')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('members.cancel')}
        </Button>
      </div>
    </form>
  );
}
