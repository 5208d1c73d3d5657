import { Module } from '@nestjs/common';
import { InsightsModule } from '../insights/insights.module';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';

@Module({ imports: [InsightsModule], controllers: [PortalController], providers: [PortalService] })
export class PortalModule {}
