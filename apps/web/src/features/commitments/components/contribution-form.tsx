import type { CommitmentDto, ContributionDto } from '@regiokracht/shared';
import type { TFunction } from 'i18next';
import { useForm, type FieldError as FormError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { isValidationError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { todayIso } from '../../../lib/format';
import { useCreateContribution } from '../api/create-contribution';
import { useQuantityFormat } from './commitment-format';
import {
  NOTE_MAX,
  parseQuantity,
  validateDeliveredOn,
  validateQuantity,
} from '../../../lib/contribution-rules';

interface ContributionFormValues {
  deliveredOn: string;
  quantity: string;
  note: string;
}

type Field = keyof ContributionFormValues;

const SERVER_ERROR = 'server';

function errorText(error: FormError | undefined, t: TFunction): string | undefined {
  if (!error?.message) return undefined;
  if (error.type === SERVER_ERROR) return error.message;
  switch (error.message) {
    case 'dateRequired':
      return t('commitments.contribution.dateRequired');
    case 'quantityRequired':
      return t('commitments.contribution.quantityRequired');
    case 'quantityInvalid':
      return t('commitments.contribution.quantityInvalid');
    case 'quantityPositive':
      return t('commitments.contribution.quantityPositive');
    case 'quantityTooLarge':
      return t('commitments.contribution.quantityTooLarge');
    case 'noteTooLong':
      return t('commitments.contribution.noteTooLong', { max: NOTE_MAX });
    default:
      return error.message;
  }
}

export interface ContributionFormProps {
  coalitionId: string;
  commitment: CommitmentDto;
  onDone: (contribution: ContributionDto) => void;
  onCancel: () => void;
}

/** Reports one delivery against a commitment (places filled, hours given, …). */
export function ContributionForm({
  coalitionId,
  commitment,
  onDone,
  onCancel,
}: ContributionFormProps) {
  const { t } = useTranslation();
  const formatQuantity = useQuantityFormat();
  const mutation = useCreateContribution(coalitionId, commitment.id);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ContributionFormValues>({
    defaultValues: { deliveredOn: todayIso(), quantity: '', note: '' },
  });

  const fieldDetails = (error: unknown) =>
    isValidationError(error)
      ? error.details.filter((d): d is { field: Field; message: string } =>
          ['deliveredOn', 'quantity', 'note'].includes(d.field),
        )
      : [];

  const submit = (values: ContributionFormValues) =>
    mutation.mutate(
      {
        deliveredOn: values.deliveredOn,
        quantity: parseQuantity(values.quantity),
        note: values.note.trim() || null,
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
  const unit = t(`commitments.units.${commitment.unit}`, { count: 2 });

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      <p className="muted">
        {t('commitments.contribution.summary', {
          organisation: commitment.organisationName,
          kind: t(`commitments.kinds.${commitment.kind}`),
          delivered: formatQuantity(commitment.deliveredQuantity, commitment.unit),
          pledged: formatQuantity(commitment.quantity, commitment.unit),
        })}
      </p>
      {generalError && (
        <p className="alert alert--error" role="alert">
          {describeError(generalError, t)}
        </p>
      )}
      <div className="form-grid">
        <FormField
          label={t('commitments.contribution.deliveredOn')}
          error={errorText(errors.deliveredOn, t)}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              {...register('deliveredOn', {
                validate: validateDeliveredOn,
              })}
            />
          )}
        </FormField>
        <FormField
          label={t('commitments.contribution.quantity', { unit })}
          hint={t('commitments.contribution.quantityHint')}
          error={errorText(errors.quantity, t)}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              {...register('quantity', {
                validate: validateQuantity,
              })}
            />
          )}
        </FormField>
      </div>
      <FormField label={t('commitments.contribution.note')} error={errorText(errors.note, t)}>
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={3}
            {...register('note', { maxLength: { value: NOTE_MAX, message: 'noteTooLong' } })}
          />
        )}
      </FormField>
      <div className="form-actions">
        <Button type="submit" variant="primary" pending={mutation.isPending}>
          {t('commitments.contribution.submit')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('commitments.contribution.cancel')}
        </Button>
      </div>
    </form>
  );
}
