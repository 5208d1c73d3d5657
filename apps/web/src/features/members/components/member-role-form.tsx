import { ROLES, type MemberDto, type Role } from '@regiokracht/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { isStaleVersionError } from '../../../lib/api-error';
import { describeError } from '../../../lib/error-message';
import { useOrganisationOptions } from '../../organisations/api/get-organisation-options';
import { useUpdateMember } from '../api/update-member';

export interface MemberRoleFormProps {
  coalitionId: string;
  member: MemberDto;
  onDone: (member: MemberDto) => void;
  onCancel: () => void;
}

/** Changes a member's role; a partner is bound to one organisation, so it asks which. */
export function MemberRoleForm({ coalitionId, member, onDone, onCancel }: MemberRoleFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const organisations = useOrganisationOptions(coalitionId);
  const mutation = useUpdateMember(coalitionId);
  const [role, setRole] = useState<Role>(member.role);
  const [organisationId, setOrganisationId] = useState(member.organisationId ?? '');
  const [missingOrganisation, setMissingOrganisation] = useState(false);
  const unchanged =
    role === member.role && (role !== 'partner' || organisationId === member.organisationId);
  const stale = isStaleVersionError(mutation.error);

  function save(reload = false) {
    if (role === 'partner' && !organisationId) {
      setMissingOrganisation(true);
      return;
    }
    mutation.mutate(
      {
        id: member.id,
        version: member.version,
        changes: { role, organisationId: role === 'partner' ? organisationId : null },
        reload,
      },
      { onSuccess: onDone },
    );
  }

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <p className="muted">{t('members.role.intro', { name: member.name, email: member.email })}</p>
      {stale && (
        <div className="alert alert--error conflict-notice" role="alert">
          <p>{t('members.role.conflict')}</p>
          <div className="conflict-notice__actions">
            <Button
              size="sm"
              variant="primary"
              pending={mutation.isPending}
              onClick={() => save(true)}
            >
              {t('members.role.reloadAndRetry')}
            </Button>
          </div>
        </div>
      )}
      {mutation.error && !stale && (
        <p className="alert alert--error" role="alert">
          {describeError(mutation.error, t)}
        </p>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-role`}>
          {t('members.fields.role')}
        </label>
        <p id={`${id}-role-hint`} className="field__hint">
          {t(`members.roleHints.${role}`)}
        </p>
        <select
          id={`${id}-role`}
          className="select select--block"
          aria-describedby={`${id}-role-hint`}
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`roles.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {role === 'partner' && (
        <div className={`field${missingOrganisation ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-organisation`}>
            {t('members.fields.organisation')}
          </label>
          <select
            id={`${id}-organisation`}
            className="select select--block"
            aria-required="true"
            aria-invalid={missingOrganisation || undefined}
            aria-describedby={missingOrganisation ? `${id}-organisation-error` : undefined}
            value={organisationId}
            onChange={(event) => {
              setOrganisationId(event.target.value);
              setMissingOrganisation(false);
            }}
          >
            <option value="">{t('members.invite.chooseOrganisation')}</option>
            {organisations.data?.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
          {missingOrganisation && (
            <p id={`${id}-organisation-error`} className="field__error">
              {t('members.invite.errors.organisationRequired')}
            </p>
          )}
        </div>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" pending={mutation.isPending} disabled={unchanged}>
          {t('members.role.save')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('members.cancel')}
        </Button>
      </div>
    </form>
  );
}
