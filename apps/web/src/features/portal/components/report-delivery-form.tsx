import type { ContributionDto, PortalCommitmentDto } from '@regiokracht/shared';
import type { TFunction } from 'i18next';
import { useForm, type FieldError as FormError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Translation } from '../../../app/i18n/en';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { isValidationError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { useCreateContribution } from '../../commitments/api/create-contribution';
import { todayIso } from '../../../lib/format';
import { useQuantityFormat } from './portal-format';
import {
  NOTE_MAX,
  parseQuantity,
  validateDeliveredOn,
  validateQuantity,
} from '../../../lib/contribution-rules';

interface ReportDeliveryValues {
  deliveredOn: string;
  quantity: string;
  note: string;
}

type Field = keyof ReportDeliveryValues;
type ValidationKey = keyof Translation['portal']['report']['validation'];

const SERVER_ERROR = 'server';
const FIELDS: readonly string[] = ['deliveredOn', 'quantity', 'note'];

function errorText(error: FormError | undefined, t: TFunction): string | undefined {
  if (!error?.message) return undefined;
  if (error.type === SERVER_ERROR) return error.message;
  return t(`portal.report.validation.${error.message as ValidationKey}`, { max: NOTE_MAX });
}

export interface ReportDeliveryFormProps {
  coalitionId: string;
  commitment: PortalCommitmentDto;
  onDone: (contribution: ContributionDto) => void;
  onCancel: () => void;
}

/** A partner reports one delivery on its own commitment: when, how much, and a note. */
export function ReportDeliveryForm({
  coalitionId,
  commitment,
  onDone,
  onCancel,
}: ReportDeliveryFormProps) {
  const { t } = useTranslation();
  const formatQuantity = useQuantityFormat();
  const mutation = useCreateContribution(coalitionId, commitment.id);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ReportDeliveryValues>({
    defaultValues: { deliveredOn: todayIso(), quantity: '', note: '' },
  });

  const fieldDetails = (error: unknown) =>
    isValidationError(error)
      ? error.details.filter((d): d is { field: Field; message: string } =>
          FIELDS.includes(d.field),
        )
      : [];

  const submit = (values: ReportDeliveryValues) =>
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
  const unit = t(`portal.units.${commitment.unit}`, { count: 2 });

  return (
    <form className="stack" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      <p className="muted">
        {t('portal.report.summary', {
          kind: t(`portal.kinds.${commitment.kind}`),
          delivered: formatQuantity(commitment.deliveredQuantity, commitment.unit),
          pledged: formatQuantity(commitment.quantity, commitment.unit),
        })}
        {commitment.description && (
          <>
            <br />
            {commitment.description}
          </>
        )}
      </p>
      {generalError && (
        <p className="alert alert--error" role="alert">
          {describeError(generalError, t)}
        </p>
      )}
      <div className="form-grid">
        <FormField
          label={t('portal.report.deliveredOn')}
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
          label={t('portal.report.quantity', { unit })}
          hint={t('portal.report.quantityHint')}
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
      <FormField
        label={t('portal.report.note')}
        hint={t('portal.report.noteHint')}
        error={errorText(errors.note, t)}
      >
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
          {t('portal.report.submit')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('portal.report.cancel')}
        </Button>
      </div>
    </form>
  );
}
