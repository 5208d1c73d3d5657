import type { Role } from '@regiokracht/shared';
import type { MailMessage } from '../notifications/mailer';
import { INVITATION_DAYS } from './invitations.repository';

export interface MembershipMailInput {
  to: string;
  coalitionName: string;
  role: Role;
  invitedBy: string;
  publicUrl: string;
  /** The link to set a password, for an account that has none yet. */
  invitationToken: string | null;
}

/**
 * The e-mail to an existing account that a coalition added: the only place its invitation link
 * goes, since the coordinator who added it did not create the account. In English, like the digest
 * (the application keeps no language per user).
 */
export function renderMembershipMail(input: MembershipMailInput): MailMessage {
  const base = input.publicUrl.replace(/\/+$/, '');
  const lines = [
    'Hello,',
    '',
    `${input.invitedBy} added you to the coalition "${input.coalitionName}" in Regiokracht (role: ${input.role}).`,
    '',
  ];
  if (input.invitationToken) {
    lines.push(
      `Set your password with this link (it works once and for ${INVITATION_DAYS} days):`,
      `${base}/invitation/${input.invitationToken}`,
      '',
      `If it has expired, choose "Forgot password?" at ${base}/login.`,
    );
  } else {
    lines.push(`Sign in as usual to see it: ${base}/login`);
  }
  lines.push('', 'If you do not expect this, you can ignore this e-mail.');
  return {
    to: input.to,
    subject: `Regiokracht — you were added to ${input.coalitionName}`,
    text: lines.join('\n'),
  };
}
