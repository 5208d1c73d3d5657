import { Module } from '@nestjs/common';
import { MailModule } from '../notifications/mail.module';
import { UsersModule } from '../users/users.module';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { MembershipsLookup } from './memberships.lookup';

@Module({
  imports: [UsersModule, MailModule],
  controllers: [MembersController],
  providers: [MembersService, MembershipsLookup],
  exports: [MembersService, MembershipsLookup],
})
export class MembersModule {}
