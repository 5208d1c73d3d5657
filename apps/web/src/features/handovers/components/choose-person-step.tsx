import type { PersonDto } from '@regiokracht/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { PersonPicker } from './person-picker';

const STATUS_ORDER = { leaving: 0, active: 1, left: 2 } as const;

/** Leaving people first (soonest first), then the others by name. */
export function departingCandidates(people: PersonDto[]): PersonDto[] {
  return [...people].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.leavingOn ?? '').localeCompare(b.leavingOn ?? '') ||
      a.name.localeCompare(b.name),
  );
}

export interface ChoosePersonStepProps {
  people: PersonDto[];
  initialPersonId: string;
  onSubmit: (personId: string) => void;
  error?: string;
  footer: ReactNode;
  formId: string;
}

export function ChoosePersonStep({
  people,
  initialPersonId,
  onSubmit,
  error,
  footer,
  formId,
}: ChoosePersonStepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [personId, setPersonId] = useState(initialPersonId);
  const [missing, setMissing] = useState(false);
  const candidates = departingCandidates(people);
  const chosen = people.find((p) => p.id === personId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!personId) {
      setMissing(true);
      return;
    }
    onSubmit(personId);
  };
  return (
    <form id={formId} className="stack" onSubmit={submit} noValidate>
      <PersonPicker
        label={t('handovers.person.label')}
        hint={t('handovers.person.hint')}
        people={candidates}
        value={personId}
        onChange={(id) => {
          setPersonId(id);
          setMissing(false);
        }}
        emptyLabel={t('handovers.person.choose')}
        error={missing ? t('handovers.person.required') : error}
        describe={(person) =>
          person.status === 'leaving' && person.leavingOn
            ? t('handovers.person.optionLeaving', {
                name: person.name,
                organisation: person.organisationName ?? '—',
                date: format.date(person.leavingOn),
              })
            : `${person.name} — ${person.organisationName ?? t('handovers.person.staff')}`
        }
      />
      {chosen && (
        <p className="muted">
          {chosen.status === 'leaving' && chosen.leavingOn
            ? t('handovers.person.leavingOn', {
                name: chosen.name,
                date: format.date(chosen.leavingOn),
              })
            : t('handovers.person.notLeaving', { name: chosen.name })}
        </p>
      )}
      {footer}
    </form>
  );
}
