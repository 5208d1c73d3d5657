import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends one e-mail: digests, invitations, password resets. One instance (MailModule), so tests can
 * put a spy in its place.
 */
export interface Mailer {
  /** `smtp` really sends; `log` only writes the message to the log. */
  readonly kind: 'smtp' | 'log';
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

/** Injection token of the Mailer. */
export const MAILER = Symbol('MAILER');

const DEFAULT_FROM = 'Regiokracht <no-reply@regiokracht.invalid>';

/** Sends through the SMTP server of `SMTP_URL` (e.g. smtp://user:pass@mail.example:587). */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp';
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }

  close(): Promise<void> {
    this.transport.close();
    return Promise.resolve();
  }
}

/**
 * Without SMTP a mail is written to the log (pino, through Nest's logger), so an installation
 * without a mail server still shows what would have been sent (and an operator can pass on an
 * invitation or reset link from there).
 */
export class LogMailer implements Mailer {
  readonly kind = 'log';
  private readonly logger = new Logger('Mail');

  send(message: MailMessage): Promise<void> {
    this.logger.log({ msg: `Mail for ${message.to} (no SMTP_URL: not e-mailed)`, ...message });
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** SMTP when `SMTP_URL` is set (sender `SMTP_FROM`), else the log. */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer {
  const url = env.SMTP_URL?.trim();
  return url ? new SmtpMailer(url, env.SMTP_FROM?.trim() || DEFAULT_FROM) : new LogMailer();
}
