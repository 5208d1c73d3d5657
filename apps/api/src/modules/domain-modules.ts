import type { Type } from '@nestjs/common';
import { ActionItemsModule } from './action-items/action-items.module';
import { BenefitsModule } from './benefits/benefits.module';
import { CommitmentsModule } from './commitments/commitments.module';
import { ContributionsModule } from './contributions/contributions.module';
import { ExportsModule } from './exports/exports.module';
import { HandoversModule } from './handovers/handovers.module';
import { ImportsModule } from './imports/imports.module';
import { InitiativesModule } from './initiatives/initiatives.module';
import { InsightsModule } from './insights/insights.module';
import { InteractionsModule } from './interactions/interactions.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeopleModule } from './people/people.module';
import { PortalModule } from './portal/portal.module';

/**
 * The domain aggregates (organisations, people, …), one Nest module each. Listed here so that
 * app.module.ts stays stable while aggregates are added.
 */
export const DOMAIN_MODULES: Type[] = [
  OrganisationsModule,
  PeopleModule,
  InteractionsModule,
  CommitmentsModule,
  ContributionsModule,
  BenefitsModule,
  ActionItemsModule,
  InitiativesModule,
  InsightsModule,
  PortalModule,
  HandoversModule,
  ImportsModule,
  ExportsModule,
  NotificationsModule,
];
