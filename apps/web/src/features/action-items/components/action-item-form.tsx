import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  type ActionItemDto,
  type ActionItemPriority,
  type ActionItemStatus,
  type CreateActionItemRequest,
} from '@regiokracht/shared';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import {
  Controller,
  useForm,
  type FieldError as FormError,
  type FieldNamesMarkedBoolean,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { isStaleVersionError, isValidationError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { useCreateActionItem } from '../api/create-action-item';
import { actionItemQueryOptions } from '../api/get-action-item';
import { useOrganisationOptions } from '../../organisations/api/get-organisation-options';
import { useUpdateActionItem, type ActionItemChanges } from '../api/update-action-item';
import { OwnerCombobox, type PersonOption } from './owner-combobox';

export interface ActionItemFormValues {
  title: string;
  description: string;
  owner: PersonOption | null;
  organisationId: string;
  dueOn: string;
  priority: ActionItemPriority;
  status: ActionItemStatus;
}

const FIELDS = [
  'title',
  'description',
  'owner',
  'organisationId',
  'dueOn',
  'priority',
  'status',
] as const;
type FormFieldName = (typeof FIELDS)[number];

// Limits of the API's DTO (create-action-item.dto.ts).
export const TITLE_MAX = 300;
export const DESCRIPTION_MAX = 5000;

const SERVER_ERROR = 'server';

function toFormValues(item: ActionItemDto | null): ActionItemFormValues {
  return {
    title: item?.title ?? '',
    description: item?.description ?? '',
    owner: item?.ownerId ? { id: item.ownerId, name: item.ownerName ?? '' } : null,
    organisationId: item?.organisationId ?? '',
    dueOn: item?.dueOn ?? '',
    priority: item?.priority ?? 'normal',
    status: item?.status ?? 'open',
  };
}

/** One form field as the API names it. */
function toRequestField(field: FormFieldName, values: ActionItemFormValues): ActionItemChanges {
  switch (field) {
    case 'title':
      return { title: values.title.trim() };
    case 'description':
      return { description: values.description.trim() || null };
    case 'owner':
      return { ownerId: values.owner?.id ?? null };
    case 'organisationId':
      return { organisationId: values.organisationId || null };
    case 'dueOn':
      return { dueOn: values.dueOn || null };
    case 'priority':
      return { priority: values.priority };
    case 'status':
      return { status: values.status };
  }
}

/** Only what the user changed: a retry after a conflict must not undo someone else's edits. */
function changedFields(
  values: ActionItemFormValues,
  dirty: Partial<Readonly<FieldNamesMarkedBoolean<ActionItemFormValues>>>,
): ActionItemChanges {
  return FIELDS.filter((field) => Boolean(dirty[field])).reduce<ActionItemChanges>(
    (changes, field) => ({ ...changes, ...toRequestField(field, values) }),
    {},
  );
}

function createRequest(values: ActionItemFormValues): CreateActionItemRequest {
  return FIELDS.reduce(
    (request, field) => ({ ...request, ...toRequestField(field, values) }),
    {} as CreateActionItemRequest,
  );
}

/** API field → form field (`ownerId` is edited as `owner`). */
function formFieldOf(apiField: string): FormFieldName | null {
  if (apiField === 'ownerId') return 'owner';
  return FIELDS.includes(apiField as FormFieldName) ? (apiField as FormFieldName) : null;
}

function errorText(error: FormError | undefined, t: TFunction): string | undefined {
  if (!error?.message) return undefined;
  if (error.type === SERVER_ERROR) return error.message;
  switch (error.message) {
    case 'titleRequired':
      return t('actionItems.form.titleRequired');
    case 'titleTooLong':
      return t('actionItems.form.titleTooLong', { max: TITLE_MAX });
    case 'descriptionTooLong':
      return t('actionItems.form.descriptionTooLong', { max: DESCRIPTION_MAX });
    default:
      return error.message;
  }
}

export interface ActionItemFormProps {
  coalitionId: string;
  /** The item to edit; absent to create one. */
  item?: ActionItemDto;
  /** Pre-filled values for a new item, e.g. the owner of "My items". */
  defaults?: Partial<ActionItemFormValues>;
  onDone: (item: ActionItemDto) => void;
  onCancel: () => void;
}

export function ActionItemForm({
  coalitionId,
  item,
  defaults,
  onDone,
  onCancel,
}: ActionItemFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useOrganisationOptions(coalitionId);
  const createMutation = useCreateActionItem(coalitionId);
  const updateMutation = useUpdateActionItem(coalitionId);
  // The version the next save carries; a reload after a conflict moves it forward.
  const [version, setVersion] = useState(item?.version ?? 0);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);

  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, dirtyFields },
  } = useForm<ActionItemFormValues>({
    defaultValues: { ...toFormValues(item ?? null), ...defaults },
  });

  const mutation = item ? updateMutation : createMutation;
  const failure = mutation.error;
  const stale = isStaleVersionError(failure);

  function showFieldErrors(error: unknown): boolean {
    if (!isValidationError(error)) return false;
    let shown = false;
    for (const { field, message } of error.details) {
      const name = formFieldOf(field);
      if (name) {
        setError(name, { type: SERVER_ERROR, message });
        shown = true;
      }
    }
    return shown;
  }

  function save(values: ActionItemFormValues, atVersion: number) {
    if (!item) {
      createMutation.mutate(createRequest(values), {
        onSuccess: onDone,
        onError: showFieldErrors,
      });
      return;
    }
    const changes = changedFields(values, dirtyFields);
    updateMutation.mutate(
      { id: item.id, version: atVersion, changes },
      { onSuccess: onDone, onError: showFieldErrors },
    );
  }

  /** Reads the item as it is now, keeps what the user typed on top of it, and saves again. */
  async function reloadAndRetry() {
    if (!item) return;
    setReloading(true);
    setReloadError(null);
    try {
      const fresh = await queryClient.fetchQuery(actionItemQueryOptions(coalitionId, item.id));
      reset(toFormValues(fresh), { keepDirtyValues: true });
      setVersion(fresh.version);
      await handleSubmit((values) => save(values, fresh.version))();
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  }

  const fieldErrorShown =
    isValidationError(failure) && failure.details.some((d) => formFieldOf(d.field));
  const generalError = reloadError ?? (failure && !stale && !fieldErrorShown ? failure : null);

  return (
    <form
      className="stack action-item-form"
      noValidate
      onSubmit={(event) => void handleSubmit((values) => save(values, version))(event)}
    >
      {stale && (
        <div className="alert alert--error conflict-notice" role="alert">
          <p>{t('actionItems.form.conflict')}</p>
          <div className="conflict-notice__actions">
            <Button
              size="sm"
              variant="primary"
              pending={reloading || updateMutation.isPending}
              onClick={() => void reloadAndRetry()}
            >
              {t('actionItems.conflict.reloadAndRetry')}
            </Button>
          </div>
        </div>
      )}
      {generalError !== null && (
        <p className="alert alert--error" role="alert">
          {describeError(generalError, t)}
        </p>
      )}
      <FormField label={t('actionItems.fields.title')} error={errorText(errors.title, t)} required>
        {(controlProps) => (
          <input
            {...controlProps}
            className="input"
            type="text"
            {...register('title', {
              validate: (value) => (value.trim() ? true : 'titleRequired'),
              maxLength: { value: TITLE_MAX, message: 'titleTooLong' },
            })}
          />
        )}
      </FormField>
      <FormField
        label={t('actionItems.fields.description')}
        error={errorText(errors.description, t)}
      >
        {(controlProps) => (
          <textarea
            {...controlProps}
            className="input textarea"
            rows={3}
            {...register('description', {
              maxLength: { value: DESCRIPTION_MAX, message: 'descriptionTooLong' },
            })}
          />
        )}
      </FormField>
      <div className="form-grid">
        <FormField
          label={t('actionItems.fields.owner')}
          hint={t('actionItems.form.ownerHint')}
          error={errorText(errors.owner as FormError | undefined, t)}
        >
          {(controlProps) => (
            <Controller
              control={control}
              name="owner"
              render={({ field }) => (
                <OwnerCombobox
                  coalitionId={coalitionId}
                  label={t('actionItems.fields.owner')}
                  inputId={controlProps.id}
                  value={field.value}
                  onChange={field.onChange}
                  allowClear
                  describedBy={controlProps['aria-describedby']}
                  invalid={controlProps['aria-invalid']}
                />
              )}
            />
          )}
        </FormField>
        <FormField
          label={t('actionItems.fields.organisation')}
          error={errorText(errors.organisationId, t)}
        >
          {(controlProps) => (
            <select
              {...controlProps}
              className="select select--block"
              {...register('organisationId')}
            >
              <option value="">{t('actionItems.form.noOrganisation')}</option>
              {organisations.data?.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('actionItems.fields.dueOn')} error={errorText(errors.dueOn, t)}>
          {(controlProps) => (
            <input {...controlProps} className="input" type="date" {...register('dueOn')} />
          )}
        </FormField>
        <FormField label={t('actionItems.fields.priority')} error={errorText(errors.priority, t)}>
          {(controlProps) => (
            <select {...controlProps} className="select select--block" {...register('priority')}>
              {ACTION_ITEM_PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {t(`actionItems.priority.${priority}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('actionItems.fields.status')} error={errorText(errors.status, t)}>
          {(controlProps) => (
            <select {...controlProps} className="select select--block" {...register('status')}>
              {ACTION_ITEM_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`actionItems.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" pending={mutation.isPending}>
          {item ? t('actionItems.form.save') : t('actionItems.form.create')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('actionItems.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
