import type { CommitmentDto } from '@regiokracht/shared';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { useFormat } from '../../../lib/format';
import { useCreateContribution } from '../../commitments/api/create-contribution';
import { todayIso } from '../../../lib/format';
import { applyServerErrors, errorText, formErrorText, quantityRule } from './form-errors';

interface ContributionFormValues {
  deliveredOn: string;
  quantity: number;
  note: string;
}

const FIELDS = ['deliveredOn', 'quantity', 'note'] as const;

export interface ContributionFormProps {
  coalitionId: string;
  commitment: CommitmentDto;
  onDone: () => void;
}

/** Reports a delivery against a commitment, in the commitment's unit. */
export function ContributionForm({ coalitionId, commitment, onDone }: ContributionFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = useCreateContribution(coalitionId, commitment.id);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ContributionFormValues>({
    defaultValues: { deliveredOn: todayIso(), quantity: Number.NaN, note: '' },
  });
  const remaining = Math.max(0, commitment.quantity - commitment.deliveredQuantity);

  const submit = (values: ContributionFormValues) =>
    report.mutate(
      {
        deliveredOn: values.deliveredOn,
        quantity: values.quantity,
        note: values.note.trim() || null,
      },
      {
        onSuccess: onDone,
        onError: (error) => applyServerErrors(error, FIELDS, setError),
      },
    );

  const general = formErrorText(report.error, FIELDS, t);
  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      <p className="muted">
        {t('organisations.contribution.progress', {
          delivered: format.number(commitment.deliveredQuantity),
          quantity: format.number(commitment.quantity),
          unit: t(`organisations.units.${commitment.unit}`),
        })}
      </p>
      {general && (
        <p className="alert alert--error" role="alert">
          {general}
        </p>
      )}
      <FormField
        label={t('organisations.contribution.deliveredOn')}
        error={errorText(errors.deliveredOn, t)}
        required
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="date"
            {...register('deliveredOn', { required: 'organisations.validation.dateRequired' })}
          />
        )}
      </FormField>
      <FormField
        label={t('organisations.contribution.quantity', {
          unit: t(`organisations.units.${commitment.unit}`),
        })}
        hint={
          remaining > 0
            ? t('organisations.contribution.remaining', { remaining: format.number(remaining) })
            : undefined
        }
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
      <FormField label={t('organisations.contribution.note')} error={errorText(errors.note, t)}>
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={2}
            {...register('note', {
              maxLength: { value: 2000, message: 'organisations.validation.tooLong2000' },
            })}
          />
        )}
      </FormField>
      <div className="form-actions">
        <Button type="submit" variant="primary" pending={report.isPending}>
          {t('organisations.contribution.submit')}
        </Button>
        <Button onClick={onDone}>{t('organisations.cancel')}</Button>
      </div>
    </form>
  );
}
