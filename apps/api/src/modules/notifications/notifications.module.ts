import { Module } from '@nestjs/common';
import { DigestJob } from './digest.job';
import { DigestService } from './digest.service';
import { MailModule } from './mail.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [MailModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, DigestService, DigestJob],
  exports: [DigestJob],
})
export class NotificationsModule {}
