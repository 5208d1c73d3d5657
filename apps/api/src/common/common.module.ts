import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AuditService } from './audit/audit.service';
import { Clock } from './clock/clock';
import { HostileInputMiddleware } from './http/hostile-input.middleware';

/** Cross-cutting services every module may inject, and the edge rule for hostile text. */
@Global()
@Module({ providers: [AuditService, Clock], exports: [AuditService, Clock] })
export class CommonModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HostileInputMiddleware).forRoutes('{*splat}');
  }
}
