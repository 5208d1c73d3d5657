import { Module } from '@nestjs/common';
import { HandoverCompletionService } from './handover-completion.service';
import { HandoversController } from './handovers.controller';
import { HandoversService } from './handovers.service';

@Module({
  controllers: [HandoversController],
  providers: [HandoversService, HandoverCompletionService],
})
export class HandoversModule {}
