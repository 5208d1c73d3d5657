import { Module } from '@nestjs/common';
import { MAILER, mailerFromEnv } from './mailer';

/**
 * The one Mailer of the application (SMTP_URL or the log), shared by the digest, member
 * invitations and password resets, so there is one SMTP connection pool and one place tests spy on.
 */
@Module({
  providers: [{ provide: MAILER, useFactory: () => mailerFromEnv() }],
  exports: [MAILER],
})
export class MailModule {}
