import { Module } from '@nestjs/common';
import { InitiativesController } from './initiatives.controller';
import { InitiativesRepository } from './initiatives.repository';
import { InitiativesService } from './initiatives.service';

@Module({
  controllers: [InitiativesController],
  providers: [InitiativesService, InitiativesRepository],
  exports: [InitiativesRepository],
})
export class InitiativesModule {}
