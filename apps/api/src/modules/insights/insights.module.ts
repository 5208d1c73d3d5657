import { Module } from '@nestjs/common';
import { InsightsCache } from './cache/insights-cache';
import { DashboardService } from './dashboard.service';
import { FairShareService } from './fair-share.service';
import { InsightsController } from './insights.controller';
import { OrganisationInsightsService } from './organisation-insights.service';
import { ResponsibilitiesService } from './responsibilities.service';

@Module({
  controllers: [InsightsController],
  providers: [
    InsightsCache,
    OrganisationInsightsService,
    DashboardService,
    ResponsibilitiesService,
    FairShareService,
  ],
  exports: [FairShareService],
})
export class InsightsModule {}
