import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { CoalitionsController } from './coalitions.controller';
import { CoalitionsService } from './coalitions.service';

@Module({
  imports: [MembersModule],
  controllers: [CoalitionsController],
  providers: [CoalitionsService],
})
export class CoalitionsModule {}
