import type { LoginRequest, SessionResponse } from '@regiokracht/shared';
import type { TFunction } from 'i18next';
import { useForm, type FieldError as FormError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { useLogin } from '../api/login';

// Deliberately loose: the server decides what a valid account is; this catches typos only.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Rules carry translation keys, so a message follows a language switch after it was shown.
const MESSAGES = {
  emailRequired: 'validation.emailRequired',
  emailInvalid: 'validation.emailInvalid',
  passwordRequired: 'validation.passwordRequired',
} as const;
type MessageKey = (typeof MESSAGES)[keyof typeof MESSAGES];

const SERVER_ERROR = 'server';

function fieldErrorText(error: FormError | undefined, t: TFunction): string | undefined {
  if (!error?.message) return undefined;
  // The API's per-field messages arrive as text, not as keys.
  return error.type === SERVER_ERROR ? error.message : t(error.message as MessageKey);
}

function loginErrorText(error: unknown, t: TFunction): string {
  if (isApiError(error, 401)) return t('login.invalidCredentials');
  if (isApiError(error, 429)) {
    return error.retryAfterSeconds
      ? t('login.rateLimitedSeconds', { count: error.retryAfterSeconds })
      : t('login.rateLimited');
  }
  return describeError(error, t);
}

/** The API's 400 details that belong to one of this form's fields. */
function fieldDetails(error: unknown): { field: keyof LoginRequest; message: string }[] {
  if (!isApiError(error, 400)) return [];
  return error.details.flatMap(({ field, message }) =>
    field === 'email' || field === 'password' ? [{ field, message }] : [],
  );
}

export interface LoginFormProps {
  onSuccess: (session: SessionResponse) => void;
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const loginMutation = useLogin();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<LoginRequest>({ defaultValues: { email: '', password: '' } });

  const submit = (credentials: LoginRequest) =>
    loginMutation.mutate(credentials, {
      onSuccess,
      onError: (error) => {
        for (const { field, message } of fieldDetails(error)) {
          setError(field, { type: SERVER_ERROR, message });
        }
      },
    });

  // Field-level answers show next to their field; everything else above the form.
  const apiError =
    loginMutation.error && fieldDetails(loginMutation.error).length === 0
      ? loginErrorText(loginMutation.error, t)
      : null;

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      {apiError && (
        <p className="alert alert--error" role="alert">
          {apiError}
        </p>
      )}
      <FormField label={t('login.email')} error={fieldErrorText(errors.email, t)} required>
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
      <FormField label={t('login.password')} error={fieldErrorText(errors.password, t)} required>
        {(control) => (
          <input
            {...control}
            className="input"
            type="password"
            autoComplete="current-password"
            {...register('password', { required: MESSAGES.passwordRequired })}
          />
        )}
      </FormField>
      <Button type="submit" variant="primary" pending={loginMutation.isPending}>
        {t('login.submit')}
      </Button>
    </form>
  );
}
