import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type CommitmentKind,
  type CommitmentStatus,
} from '@regiokracht/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { useOrganisationOptions } from '../api/get-organisation-options';
import type { CommitmentSearch, CommitmentSearchUpdate } from '../hooks/use-commitment-search';

export interface CommitmentFiltersProps {
  coalitionId: string;
  search: CommitmentSearch;
  onChange: (changes: CommitmentSearchUpdate) => void;
}

export function CommitmentFilters({ coalitionId, search, onChange }: CommitmentFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const organisations = useOrganisationOptions(coalitionId);
  const filtered = search.kind || search.status || search.organisationId;
  return (
    <div className="toolbar" role="group" aria-label={t('commitments.filters.label')}>
      <div className="toolbar__field">
        <label className="toolbar__label" htmlFor={`${id}-kind`}>
          {t('commitments.fields.kind')}
        </label>
        <select
          id={`${id}-kind`}
          className="select"
          value={search.kind ?? ''}
          onChange={(event) =>
            onChange({ kind: (event.target.value || null) as CommitmentKind | null })
          }
        >
          <option value="">{t('commitments.filters.anyKind')}</option>
          {COMMITMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`commitments.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__field">
        <label className="toolbar__label" htmlFor={`${id}-status`}>
          {t('commitments.fields.status')}
        </label>
        <select
          id={`${id}-status`}
          className="select"
          value={search.status ?? ''}
          onChange={(event) =>
            onChange({ status: (event.target.value || null) as CommitmentStatus | null })
          }
        >
          <option value="">{t('commitments.filters.anyStatus')}</option>
          {COMMITMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`commitments.statuses.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__field toolbar__field--wide">
        <label className="toolbar__label" htmlFor={`${id}-organisation`}>
          {t('commitments.fields.organisation')}
        </label>
        <select
          id={`${id}-organisation`}
          className="select"
          value={search.organisationId ?? ''}
          onChange={(event) => onChange({ organisationId: event.target.value || null })}
        >
          <option value="">{t('commitments.filters.anyOrganisation')}</option>
          {organisations.data?.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => onChange({ kind: null, status: null, organisationId: null })}
        >
          {t('commitments.filters.clear')}
        </Button>
      )}
    </div>
  );
}
