import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit/audit.service';
import { Clock } from './clock/clock';

/** Cross-cutting services every module may inject. */
@Global()
@Module({ providers: [AuditService, Clock], exports: [AuditService, Clock] })
export class CommonModule {}
