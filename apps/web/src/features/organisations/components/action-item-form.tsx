import { ACTION_ITEM_PRIORITIES, type ActionItemPriority } from '@regiokracht/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { useCreateActionItem } from '../../action-items/api/create-action-item';
import { applyServerErrors, errorText, formErrorText } from './form-errors';

interface ActionItemFormValues {
  title: string;
  ownerId: string;
  dueOn: string;
  priority: ActionItemPriority;
}

const FIELDS = ['title', 'ownerId', 'dueOn', 'priority'] as const;

export interface OwnerGroup {
  label: string;
  people: { id: string; name: string }[];
}

export interface ActionItemFormProps {
  coalitionId: string;
  organisationId: string;
  /** Coalition staff and the organisation's own people. */
  ownerGroups: OwnerGroup[];
  onDone: () => void;
}

/** An action item for this organisation with exactly one owner (or, knowingly, none). */
export function ActionItemForm({
  coalitionId,
  organisationId,
  ownerGroups,
  onDone,
}: ActionItemFormProps) {
  const { t } = useTranslation();
  const create = useCreateActionItem(coalitionId);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ActionItemFormValues>({
    defaultValues: { title: '', ownerId: '', dueOn: '', priority: 'normal' },
  });

  const submit = (values: ActionItemFormValues) =>
    create.mutate(
      {
        organisationId,
        title: values.title.trim(),
        ownerId: values.ownerId || null,
        dueOn: values.dueOn || null,
        priority: values.priority,
      },
      { onSuccess: onDone, onError: (error) => applyServerErrors(error, FIELDS, setError) },
    );

  const general = formErrorText(create.error, FIELDS, t);
  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      {general && (
        <p className="alert alert--error" role="alert">
          {general}
        </p>
      )}
      <FormField
        label={t('organisations.actionItem.title')}
        error={errorText(errors.title, t)}
        required
      >
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="off"
            {...register('title', {
              validate: (value) =>
                value.trim().length > 0 || 'organisations.validation.titleRequired',
              maxLength: { value: 300, message: 'organisations.validation.tooLong300' },
            })}
          />
        )}
      </FormField>
      <FormField
        label={t('organisations.actionItem.owner')}
        hint={t('organisations.actionItem.ownerHint')}
        error={errorText(errors.ownerId, t)}
      >
        {(control) => (
          <select {...control} className="select select--full" {...register('ownerId')}>
            <option value="">{t('organisations.actionItem.unowned')}</option>
            {ownerGroups
              .filter((group) => group.people.length > 0)
              .map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.people.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.name}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        )}
      </FormField>
      <div className="form-grid">
        <FormField label={t('organisations.actionItem.dueOn')} error={errorText(errors.dueOn, t)}>
          {(control) => <input {...control} className="input" type="date" {...register('dueOn')} />}
        </FormField>
        <FormField
          label={t('organisations.actionItem.priority')}
          error={errorText(errors.priority, t)}
        >
          {(control) => (
            <select {...control} className="select select--full" {...register('priority')}>
              {ACTION_ITEM_PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {t(`organisations.priorities.${priority}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" pending={create.isPending}>
          {t('organisations.actionItem.submit')}
        </Button>
        <Button onClick={onDone}>{t('organisations.cancel')}</Button>
      </div>
    </form>
  );
}
