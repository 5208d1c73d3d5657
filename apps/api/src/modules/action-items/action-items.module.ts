import { Module } from '@nestjs/common';
import { ActionItemsController } from './action-items.controller';
import { ActionItemsRepository } from './action-items.repository';
import { ActionItemsService } from './action-items.service';

@Module({
  controllers: [ActionItemsController],
  providers: [ActionItemsService, ActionItemsRepository],
  exports: [ActionItemsRepository],
})
export class ActionItemsModule {}
