import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { ContributionsController } from './contributions.controller';
import { ContributionsRepository } from './contributions.repository';
import { ContributionsService } from './contributions.service';

@Module({
  imports: [CommitmentsModule],
  controllers: [ContributionsController],
  providers: [ContributionsService, ContributionsRepository],
  exports: [ContributionsRepository],
})
export class ContributionsModule {}
