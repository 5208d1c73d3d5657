import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type CommitmentKind,
  type CommitmentStatus,
} from '@regiokracht/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FilterSelect } from '../../../components/ui/filter-select';
import { useOrganisationOptions } from '../../organisations/api/get-organisation-options';
import type { CommitmentSearch, CommitmentSearchUpdate } from '../hooks/use-commitment-search';

export interface CommitmentFiltersProps {
  coalitionId: string;
  search: CommitmentSearch;
  onChange: (changes: CommitmentSearchUpdate) => void;
}

export function CommitmentFilters({ coalitionId, search, onChange }: CommitmentFiltersProps) {
  const { t } = useTranslation();
  const organisations = useOrganisationOptions(coalitionId);
  const filtered = search.kind || search.status || search.organisationId;
  return (
    <div className="toolbar" role="group" aria-label={t('commitments.filters.label')}>
      <FilterSelect
        variant="toolbar"
        label={t('commitments.fields.kind')}
        value={search.kind ?? ''}
        anyLabel={t('commitments.filters.anyKind')}
        options={COMMITMENT_KINDS.map((kind) => ({
          value: kind,
          label: t(`commitments.kinds.${kind}`),
        }))}
        onChange={(value) => onChange({ kind: (value || null) as CommitmentKind | null })}
      />
      <FilterSelect
        variant="toolbar"
        label={t('commitments.fields.status')}
        value={search.status ?? ''}
        anyLabel={t('commitments.filters.anyStatus')}
        options={COMMITMENT_STATUSES.map((status) => ({
          value: status,
          label: t(`commitments.statuses.${status}`),
        }))}
        onChange={(value) => onChange({ status: (value || null) as CommitmentStatus | null })}
      />
      <FilterSelect
        variant="toolbar"
        className="toolbar__field--wide"
        label={t('commitments.fields.organisation')}
        value={search.organisationId ?? ''}
        anyLabel={t('commitments.filters.anyOrganisation')}
        options={(organisations.data ?? []).map((organisation) => ({
          value: organisation.id,
          label: organisation.name,
        }))}
        onChange={(value) => onChange({ organisationId: value || null })}
      />
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
