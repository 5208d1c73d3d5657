import type { PasswordResetRequest } from '@regiokracht/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { useRequestPasswordReset } from '../api/request-password-reset';

// Deliberately loose, as at login: the API decides; this catches typos.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Rules carry translation keys, so a message follows a language switch after it was shown.
const MESSAGES = {
  emailRequired: 'validation.emailRequired',
  emailInvalid: 'validation.emailInvalid',
} as const;
type MessageKey = (typeof MESSAGES)[keyof typeof MESSAGES];

/** Asks for a reset link. The answer never says whether the address has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const mutation = useRequestPasswordReset();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<PasswordResetRequest>({ defaultValues: { email: '' } });

  if (mutation.isSuccess) {
    return (
      <p className="alert alert--success" role="status">
        {t('account.forgot.sent', { email: mutation.variables.email })}
      </p>
    );
  }

  const failure = mutation.error;
  const generalError = !failure
    ? null
    : isApiError(failure, 429)
      ? t('account.forgot.rateLimited')
      : describeError(failure, t);

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) =>
        void handleSubmit((values) => mutation.mutate({ email: values.email.trim() }))(event)
      }
    >
      {generalError && (
        <p className="alert alert--error" role="alert">
          {generalError}
        </p>
      )}
      <FormField
        label={t('account.forgot.email')}
        error={errors.email?.message ? t(errors.email.message as MessageKey) : undefined}
        required
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            {...register('email', {
              required: MESSAGES.emailRequired,
              pattern: { value: EMAIL_PATTERN, message: MESSAGES.emailInvalid },
            })}
          />
        )}
      </FormField>
      <Button type="submit" variant="primary" pending={mutation.isPending}>
        {t('account.forgot.submit')}
      </Button>
    </form>
  );
}
