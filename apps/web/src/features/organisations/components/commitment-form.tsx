import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  COMMITMENT_UNITS,
  type CommitmentKind,
  type CommitmentStatus,
  type CommitmentUnit,
} from '@regiokracht/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { useCreateCommitment } from '../../commitments/api/create-commitment';
import { applyServerErrors, errorText, formErrorText, quantityRule } from './form-errors';
import type { PersonOption } from './organisation-fields';

interface CommitmentFormValues {
  kind: CommitmentKind;
  description: string;
  quantity: number;
  unit: CommitmentUnit;
  unitValueEur: number;
  startsOn: string;
  endsOn: string;
  status: CommitmentStatus;
  contactId: string;
}

const FIELDS = [
  'kind',
  'description',
  'quantity',
  'unit',
  'unitValueEur',
  'startsOn',
  'endsOn',
  'status',
  'contactId',
] as const;

export interface CommitmentFormProps {
  coalitionId: string;
  organisationId: string;
  /** The organisation's people, one of whom is the contact for the pledge. */
  contactOptions: PersonOption[];
  onDone: () => void;
}

export function CommitmentForm({
  coalitionId,
  organisationId,
  contactOptions,
  onDone,
}: CommitmentFormProps) {
  const { t } = useTranslation();
  const create = useCreateCommitment(coalitionId, organisationId);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CommitmentFormValues>({
    defaultValues: {
      kind: 'internships',
      description: '',
      quantity: Number.NaN,
      unit: 'places',
      unitValueEur: 0,
      startsOn: '',
      endsOn: '',
      status: 'pledged',
      contactId: '',
    },
  });

  const submit = (values: CommitmentFormValues) =>
    create.mutate(
      {
        kind: values.kind,
        description: values.description.trim() || null,
        quantity: values.quantity,
        unit: values.unit,
        unitValueEur: Number.isFinite(values.unitValueEur) ? values.unitValueEur : 0,
        startsOn: values.startsOn || null,
        endsOn: values.endsOn || null,
        status: values.status,
        contactId: values.contactId || null,
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
      <div className="form-grid">
        <FormField label={t('organisations.commitment.kind')} error={errorText(errors.kind, t)}>
          {(control) => (
            <select {...control} className="select select--full" {...register('kind')}>
              {COMMITMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`organisations.commitmentKinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('organisations.commitment.status')} error={errorText(errors.status, t)}>
          {(control) => (
            <select {...control} className="select select--full" {...register('status')}>
              {COMMITMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`organisations.commitmentStatuses.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={t('organisations.commitment.quantity')}
          error={errorText(errors.quantity, t)}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="number"
              inputMode="decimal"
              step="0.01"
              min="0.01"
              {...register('quantity', { valueAsNumber: true, validate: quantityRule })}
            />
          )}
        </FormField>
        <FormField label={t('organisations.commitment.unit')} error={errorText(errors.unit, t)}>
          {(control) => (
            <select {...control} className="select select--full" {...register('unit')}>
              {COMMITMENT_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`organisations.units.${unit}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={t('organisations.commitment.unitValue')}
          hint={t('organisations.commitment.unitValueHint')}
          error={errorText(errors.unitValueEur, t)}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="number"
              inputMode="decimal"
              step="0.01"
              min="0"
              {...register('unitValueEur', {
                valueAsNumber: true,
                validate: (value) =>
                  !Number.isFinite(value) || value >= 0 || 'organisations.validation.notNegative',
              })}
            />
          )}
        </FormField>
        <FormField
          label={t('organisations.commitment.contact')}
          error={errorText(errors.contactId, t)}
        >
          {(control) => (
            <select {...control} className="select select--full" {...register('contactId')}>
              <option value="">{t('organisations.nobody')}</option>
              {contactOptions.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={t('organisations.commitment.startsOn')}
          error={errorText(errors.startsOn, t)}
        >
          {(control) => (
            <input {...control} className="input" type="date" {...register('startsOn')} />
          )}
        </FormField>
        <FormField label={t('organisations.commitment.endsOn')} error={errorText(errors.endsOn, t)}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              {...register('endsOn', {
                validate: (value, values) =>
                  !value ||
                  !values.startsOn ||
                  value >= values.startsOn ||
                  'organisations.validation.endsBeforeStarts',
              })}
            />
          )}
        </FormField>
        <div className="form-grid__wide">
          <FormField
            label={t('organisations.commitment.description')}
            error={errorText(errors.description, t)}
          >
            {(control) => (
              <textarea
                {...control}
                className="input textarea"
                rows={2}
                {...register('description', {
                  maxLength: { value: 5000, message: 'organisations.validation.tooLong5000' },
                })}
              />
            )}
          </FormField>
        </div>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" pending={create.isPending}>
          {t('organisations.commitment.submit')}
        </Button>
        <Button onClick={onDone}>{t('organisations.cancel')}</Button>
      </div>
    </form>
  );
}
