import type { ImportField } from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import type { Translation } from '../../../app/i18n/en';

type FieldKey = keyof Translation['imports']['fields'];
type Labelled<T extends FieldKey> = T;
/** Fails to compile when the contract gains an import field without a label. */
export type LabelledImportField = Labelled<ImportField>;

/** The label of an import field in the active language. */
export function useFieldLabel(): (field: string) => string {
  const { t } = useTranslation();
  return (field) => t(`imports.fields.${field as FieldKey}`);
}
