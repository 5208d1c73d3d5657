import type { MailMessage } from '../notifications/mailer';
import { RESET_LINK_MS } from './password-resets.repository';

/** The "forgot password" e-mail. In English, like the digest. */
export function renderPasswordResetMail(to: string, token: string, publicUrl: string): MailMessage {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    to,
    subject: 'Regiokracht — set a new password',
    text: [
      'Hello,',
      '',
      'Someone (hopefully you) asked to set a new password for your Regiokracht account.',
      `Choose it with this link; it works once and for ${RESET_LINK_MS / 60_000} minutes:`,
      `${base}/reset-password/${token}`,
      '',
      'If you did not ask for this, ignore this e-mail: your password stays as it is.',
    ].join('\n'),
  };
}
