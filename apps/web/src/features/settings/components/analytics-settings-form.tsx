import type { CoalitionDto } from '@regiokracht/shared';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm, useWatch, type FieldError as FormError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { isStaleVersionError, isValidationError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { coalitionQueryOptions } from '../api/get-coalition';
import { useEngagementNumbers } from '../api/get-engagement-numbers';
import { useUpdateCoalitionSettings } from '../api/update-coalition-settings';
import {
  limitsOf,
  parseSetting,
  SETTING_KEYS,
  toFormValues,
  toSettings,
  validateSettings,
  type SettingKey,
  type SettingsError,
  type SettingsFormValues,
} from './analytics-settings-rules';
import { HealthPreview } from './health-preview';

const SERVER_ERROR = 'server';

// A rule's answer travels through react-hook-form as text; it is translated when shown, so it
// follows a language switch.
const encode = (error: SettingsError) => JSON.stringify(error);

function errorText(error: FormError | undefined, t: TFunction): string | undefined {
  if (!error?.message) return undefined;
  if (error.type === SERVER_ERROR) return error.message;
  const rule = JSON.parse(error.message) as SettingsError;
  switch (rule.key) {
    case 'required':
      return t('settings.analytics.errors.required');
    case 'wholeNumber':
      return t('settings.analytics.errors.wholeNumber');
    case 'number':
      return t('settings.analytics.errors.number');
    case 'range':
      return t('settings.analytics.errors.range', { min: rule.min, max: rule.max });
    case 'coolingBeforeDormant':
      return t('settings.analytics.errors.coolingBeforeDormant');
    case 'dormantRatioBelowCooling':
      return t('settings.analytics.errors.dormantRatioBelowCooling');
  }
}

/** The API names nested fields `settings.coolingDays`. */
function formFieldOf(apiField: string): SettingKey | null {
  const name = apiField.replace(/^settings\./, '');
  return SETTING_KEYS.includes(name as SettingKey) ? (name as SettingKey) : null;
}

// Fields whose rule involves another field: a change re-checks the partner.
const PARTNER: Record<SettingKey, SettingKey | null> = {
  halfLifeDays: null,
  coolingDays: 'dormantDays',
  dormantDays: 'coolingDays',
  coolingRatio: 'dormantRatio',
  dormantRatio: 'coolingRatio',
};

export interface AnalyticsSettingsFormProps {
  coalition: CoalitionDto;
  onSaved: (coalition: CoalitionDto) => void;
}

export function AnalyticsSettingsForm({ coalition, onSaved }: AnalyticsSettingsFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useUpdateCoalitionSettings(coalition.id);
  const engagement = useEngagementNumbers(coalition.id);
  const [version, setVersion] = useState(coalition.version);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);

  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, dirtyFields, isDirty },
  } = useForm<SettingsFormValues>({
    defaultValues: toFormValues(coalition.settings),
    mode: 'onChange',
  });
  const values = useWatch({ control }) as SettingsFormValues;
  const valid = Object.keys(validateSettings(values)).length === 0;

  function save(formValues: SettingsFormValues, atVersion: number) {
    const settings = Object.fromEntries(
      SETTING_KEYS.filter((key) => dirtyFields[key]).map((key) => [
        key,
        parseSetting(formValues[key]),
      ]),
    );
    setSavedAt(null);
    mutation.mutate(
      { version: atVersion, settings },
      {
        onSuccess: (saved) => {
          setVersion(saved.version);
          reset(toFormValues(saved.settings));
          setSavedAt(Date.now());
          onSaved(saved);
        },
        onError: (error) => {
          if (!isValidationError(error)) return;
          for (const { field, message } of error.details) {
            const key = formFieldOf(field);
            if (key) setError(key, { type: SERVER_ERROR, message });
          }
        },
      },
    );
  }

  /** Someone else saved first: take their version, keep what this user typed, save again. */
  async function reloadAndRetry() {
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await queryClient.fetchQuery(coalitionQueryOptions(coalition.id));
      reset(toFormValues(fresh.settings), { keepDirtyValues: true });
      setVersion(fresh.version);
      await handleSubmit((formValues) => save(formValues, fresh.version))();
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  }

  const failure = mutation.error;
  const stale = isStaleVersionError(failure);
  const fieldErrorShown =
    isValidationError(failure) && failure.details.some((d) => formFieldOf(d.field) !== null);
  const generalError = reloadError ?? (failure && !stale && !fieldErrorShown ? failure : null);

  function field(key: SettingKey) {
    const { min, max, integer } = limitsOf(key);
    const partner = PARTNER[key];
    return (
      <FormField
        key={key}
        label={t(`settings.analytics.fields.${key}.label`)}
        hint={t(`settings.analytics.fields.${key}.hint`, { min, max })}
        error={errorText(errors[key], t)}
        required
      >
        {(controlProps) => (
          <input
            {...controlProps}
            className="input settings-form__number"
            type="text"
            inputMode={integer ? 'numeric' : 'decimal'}
            autoComplete="off"
            {...register(key, {
              validate: (_value, all) => {
                const error = validateSettings(all)[key];
                return error ? encode(error) : true;
              },
              deps: partner ? [partner] : undefined,
            })}
          />
        )}
      </FormField>
    );
  }

  return (
    <div className="settings-analytics">
      <form
        className="stack settings-form"
        noValidate
        onSubmit={(event) => void handleSubmit((formValues) => save(formValues, version))(event)}
      >
        <p className="muted">{t('settings.analytics.intro')}</p>
        {stale && (
          <div className="alert alert--error conflict-notice" role="alert">
            <p>{t('settings.analytics.conflict')}</p>
            <div className="conflict-notice__actions">
              <Button
                size="sm"
                variant="primary"
                pending={reloading || mutation.isPending}
                onClick={() => void reloadAndRetry()}
              >
                {t('settings.analytics.reloadAndRetry')}
              </Button>
            </div>
          </div>
        )}
        {generalError !== null && (
          <p className="alert alert--error" role="alert">
            {describeError(generalError, t)}
          </p>
        )}
        <fieldset className="settings-form__group">
          <legend>{t('settings.analytics.decay')}</legend>
          {field('halfLifeDays')}
        </fieldset>
        <fieldset className="settings-form__group">
          <legend>{t('settings.analytics.silence')}</legend>
          <div className="form-grid">
            {field('coolingDays')}
            {field('dormantDays')}
          </div>
        </fieldset>
        <fieldset className="settings-form__group">
          <legend>{t('settings.analytics.fall')}</legend>
          <div className="form-grid">
            {field('coolingRatio')}
            {field('dormantRatio')}
          </div>
        </fieldset>
        <div className="form-actions">
          <Button type="submit" variant="primary" pending={mutation.isPending} disabled={!isDirty}>
            {t('settings.analytics.save')}
          </Button>
          <Button
            variant="ghost"
            disabled={!isDirty}
            onClick={() => {
              mutation.reset();
              reset();
            }}
          >
            {t('settings.analytics.undo')}
          </Button>
        </div>
        <p className="alert alert--success" role="status" hidden={savedAt === null || isDirty}>
          {t('settings.analytics.saved')}
        </p>
      </form>
      <section className="settings-preview" aria-labelledby="settings-preview-title">
        <h3 id="settings-preview-title" className="settings-preview__title">
          {t('settings.preview.title')}
        </h3>
        <HealthPreview
          snapshot={engagement.data}
          isPending={engagement.isPending}
          error={engagement.error}
          proposed={valid ? toSettings(values) : null}
        />
      </section>
    </div>
  );
}
