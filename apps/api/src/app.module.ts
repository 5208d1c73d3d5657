import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from './app-config.token';
import { CommonModule } from './common/common.module';
import { RouteAccessAuditor } from './common/auth/route-access.auditor';
import type { AppConfig } from './config';
import { dataSourceOptions } from './database/data-source-options';
import { AuditEventsModule } from './modules/audit-events/audit-events.module';
import { AuthModule } from './modules/auth/auth.module';
import { CoalitionsModule } from './modules/coalitions/coalitions.module';
import { HealthController } from './modules/health/health.controller';
import { MembersModule } from './modules/members/members.module';
import { DOMAIN_MODULES } from './modules/domain-modules';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const web = config.webDist
      ? [ServeStaticModule.forRoot({ rootPath: config.webDist, exclude: ['/api/{*splat}'] })]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DiscoveryModule,
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.database),
          retryAttempts: 2,
          retryDelay: 500,
        }),
        CommonModule,
        AuthModule,
        CoalitionsModule,
        MembersModule,
        AuditEventsModule,
        ...DOMAIN_MODULES,
        ...web,
      ],
      controllers: [HealthController],
      providers: [RouteAccessAuditor],
    };
  }
}
