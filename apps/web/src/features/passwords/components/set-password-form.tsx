import type { SessionResponse, SetPasswordRequest } from '@regiokracht/shared';
import type { UseMutationResult } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';

// The server's policy (also refusing common passwords) is the one that counts; this catches the obvious.
const MIN_LENGTH = 10;
const SERVER_ERROR = 'server';

export interface SetPasswordFormProps {
  mutation: UseMutationResult<SessionResponse, Error, SetPasswordRequest>;
  submitLabel: string;
  /** What to say when the link is invalid, used or expired (404). */
  invalidLinkText: string;
  /** What to say when the account already has a password (409). */
  alreadySetText?: string;
  onSuccess: (session: SessionResponse) => void;
}

/** One new password, from an invitation or a reset link; the API's policy message shows at the field. */
export function SetPasswordForm({
  mutation,
  submitLabel,
  invalidLinkText,
  alreadySetText,
  onSuccess,
}: SetPasswordFormProps) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SetPasswordRequest>({ defaultValues: { password: '' } });

  const submit = (values: SetPasswordRequest) =>
    mutation.mutate(values, {
      onSuccess,
      onError: (error) => {
        const message = isApiError(error, 400) ? error.fieldMessage('password') : undefined;
        if (message) setError('password', { type: SERVER_ERROR, message });
      },
    });

  const fieldError = (() => {
    const error = errors.password;
    if (!error?.message) return undefined;
    if (error.type === SERVER_ERROR) return error.message;
    return error.message === 'tooShort'
      ? t('account.passwordTooShort')
      : t('account.passwordRequired');
  })();

  const failure = mutation.error;
  const generalError =
    !failure || (isApiError(failure, 400) && failure.fieldMessage('password'))
      ? null
      : isApiError(failure, 404)
        ? invalidLinkText
        : isApiError(failure, 409) && alreadySetText
          ? alreadySetText
          : describeError(failure, t);

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      {generalError && (
        <p className="alert alert--error" role="alert">
          {generalError}
        </p>
      )}
      <FormField
        label={t('account.newPassword')}
        hint={t('account.passwordHint')}
        error={fieldError}
        required
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="password"
            autoComplete="new-password"
            {...register('password', {
              required: 'required',
              minLength: { value: MIN_LENGTH, message: 'tooShort' },
            })}
          />
        )}
      </FormField>
      <Button type="submit" variant="primary" pending={mutation.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
