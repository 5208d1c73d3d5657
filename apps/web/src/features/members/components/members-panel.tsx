import type { MemberDto } from '@regiokracht/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { ModalDialog } from '../../../components/ui/modal-dialog';
import { Skeleton } from '../../../components/ui/skeleton';
import { describeError } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useMembers } from '../api/get-members';
import { useOrganisationOptions } from '../../organisations/api/get-organisation-options';
import { useRemoveMember } from '../api/remove-member';
import { InvitationLink } from './invitation-link';
import { InviteMemberForm } from './invite-member-form';
import { MemberRoleForm } from './member-role-form';
import '../../../components/ui/table-toolbar.css';
import './members.css';

type Dialog =
  | { kind: 'invite' }
  | { kind: 'invited'; member: MemberDto }
  | { kind: 'role'; member: MemberDto }
  | { kind: 'remove'; member: MemberDto };

export interface MembersPanelProps {
  coalitionId: string;
  /** The signed-in user, marked "you" in the list. */
  currentUserId: string;
}

export function MembersPanel({ coalitionId, currentUserId }: MembersPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const members = useMembers(coalitionId);
  const organisations = useOrganisationOptions(coalitionId);
  const removeMutation = useRemoveMember(coalitionId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const organisationName = (id: string | null) =>
    organisations.data?.find((organisation) => organisation.id === id)?.name ?? '';

  function close() {
    removeMutation.reset();
    setDialog(null);
  }

  function renderBody() {
    if (members.isPending) {
      return (
        <div className="stack" aria-busy="true">
          <span className="visually-hidden" role="status">
            {t('members.loading')}
          </span>
          <Skeleton height="2.5rem" />
          <Skeleton height="2.5rem" />
          <Skeleton height="2.5rem" />
        </div>
      );
    }
    if (members.isError) {
      return (
        <p className="alert alert--error" role="alert">
          {t('members.loadFailed')} {describeError(members.error, t)}
        </p>
      );
    }
    if (members.data.length === 0) {
      return (
        <EmptyState
          headingLevel={3}
          title={t('members.empty.title')}
          description={t('members.empty.description')}
        />
      );
    }
    return (
      <div className="table-scroll">
        <table className="table table--stack members-table">
          <caption className="visually-hidden">{t('members.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('members.fields.name')}</th>
              <th scope="col">{t('members.fields.role')}</th>
              <th scope="col">{t('members.fields.since')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('members.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((member) => (
              <tr key={member.id}>
                <th scope="row" data-label={t('members.fields.name')}>
                  <div className="cell-stack">
                    <span>
                      <span className="strong">{member.name}</span>
                      {member.userId === currentUserId && (
                        <>
                          {' '}
                          <Badge tone="accent">{t('members.you')}</Badge>
                        </>
                      )}
                    </span>
                    <span className="muted small">{member.email}</span>
                  </div>
                </th>
                <td data-label={t('members.fields.role')}>
                  <div className="cell-stack">
                    <span>{t(`roles.${member.role}`)}</span>
                    {member.role === 'partner' && member.organisationId && (
                      <span className="muted small">{organisationName(member.organisationId)}</span>
                    )}
                  </div>
                </td>
                <td data-label={t('members.fields.since')}>{format.date(member.createdAt)}</td>
                <td>
                  <div className="members-table__actions">
                    <Button size="sm" onClick={() => setDialog({ kind: 'role', member })}>
                      {t('members.role.change')}
                      <span className="visually-hidden"> ({member.name})</span>
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => setDialog({ kind: 'remove', member })}
                    >
                      {t('members.remove.button')}
                      <span className="visually-hidden"> ({member.name})</span>
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <Card
      title={t('members.title')}
      actions={
        <Button
          variant="primary"
          size="sm"
          onClick={() => {
            setNotice(null);
            setDialog({ kind: 'invite' });
          }}
        >
          {t('members.invite.button')}
        </Button>
      }
    >
      <div className="stack">
        <p className="alert alert--success" role="status" hidden={!notice}>
          {notice}
        </p>
        {renderBody()}
      </div>
      {dialog?.kind === 'invite' && (
        <ModalDialog
          title={t('members.invite.title')}
          closeLabel={t('members.close')}
          onClose={close}
        >
          <InviteMemberForm
            coalitionId={coalitionId}
            onCancel={close}
            onDone={(member) => setDialog({ kind: 'invited', member })}
          />
        </ModalDialog>
      )}
      {dialog?.kind === 'invited' && (
        <ModalDialog
          title={t('members.invite.doneTitle')}
          closeLabel={t('members.close')}
          onClose={close}
        >
          <div className="stack">
            {dialog.member.invitationUrl ? (
              <>
                <p>
                  {t('members.invite.linkIntro', {
                    name: dialog.member.name,
                    role: t(`roles.${dialog.member.role}`),
                  })}
                </p>
                <InvitationLink url={dialog.member.invitationUrl} />
              </>
            ) : dialog.member.invitation === 'notified' ? (
              // An existing account's link goes to its own mailbox, never to the coordinator.
              <p role="status">
                {t('members.invite.notified', {
                  name: dialog.member.name,
                  email: dialog.member.email,
                  role: t(`roles.${dialog.member.role}`),
                })}
              </p>
            ) : (
              <p>{t('members.invite.existingAccount', { name: dialog.member.name })}</p>
            )}
            <div className="form-actions">
              <Button variant="primary" onClick={close}>
                {t('members.done')}
              </Button>
            </div>
          </div>
        </ModalDialog>
      )}
      {dialog?.kind === 'role' && (
        <ModalDialog
          title={t('members.role.title', { name: dialog.member.name })}
          closeLabel={t('members.close')}
          onClose={close}
        >
          <MemberRoleForm
            coalitionId={coalitionId}
            member={dialog.member}
            onCancel={close}
            onDone={(member) => {
              setNotice(
                t('members.role.done', { name: member.name, role: t(`roles.${member.role}`) }),
              );
              close();
            }}
          />
        </ModalDialog>
      )}
      {dialog?.kind === 'remove' && (
        <ModalDialog
          title={t('members.remove.title', { name: dialog.member.name })}
          closeLabel={t('members.close')}
          onClose={close}
        >
          <div className="stack">
            <p>
              {dialog.member.userId === currentUserId
                ? t('members.remove.self')
                : t('members.remove.explanation', { name: dialog.member.name })}
            </p>
            {removeMutation.error && (
              <p className="alert alert--error" role="alert">
                {describeError(removeMutation.error, t)}
              </p>
            )}
            <div className="form-actions">
              <Button
                variant="danger"
                pending={removeMutation.isPending}
                onClick={() => {
                  const { member } = dialog;
                  removeMutation.mutate(member.id, {
                    onSuccess: () => {
                      setNotice(t('members.remove.done', { name: member.name }));
                      close();
                    },
                  });
                }}
              >
                {t('members.remove.confirm')}
              </Button>
              <Button variant="ghost" onClick={close}>
                {t('members.cancel')}
              </Button>
            </div>
          </div>
        </ModalDialog>
      )}
    </Card>
  );
}
