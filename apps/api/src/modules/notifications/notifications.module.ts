import { Module } from '@nestjs/common';
import { DigestJob } from './digest.job';
import { DigestService } from './digest.service';
import { MAILER, mailerFromEnv } from './mailer';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    DigestService,
    DigestJob,
    { provide: MAILER, useFactory: () => mailerFromEnv() },
  ],
  exports: [DigestJob],
})
export class NotificationsModule {}
