import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../app-config.token';
import type { AppConfig } from '../../config';
import { CoalitionGuard } from '../../common/auth/coalition.guard';
import { SessionGuard } from '../../common/auth/session.guard';
import { MembersModule } from '../members/members.module';
import { MailModule } from '../notifications/mail.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginRateLimitRepository } from './login-rate-limit.repository';
import { SessionsService } from './sessions.service';

const MINUTE = 60_000;

function accountOf(req: Record<string, unknown>): string {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  if (typeof email === 'string') return `account:${email.trim().toLowerCase()}`;
  // An invitation or reset link names no e-mail: count per link, or every link would share one bucket and ten
  // guesses a minute from anywhere would lock all invited users out.
  const token = (req.params as { token?: unknown } | undefined)?.token;
  return `link:${typeof token === 'string' ? token : ''}`;
}

@Module({
  imports: [
    UsersModule,
    MembersModule,
    MailModule,
    // Login, invitation, "forgot password" and reset attempts: limited per client address and,
    // separately, per account being tried (or per link). The counters live in PostgreSQL, shared
    // by every API instance (login-rate-limit.repository.ts).
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) => {
        const ttl = config.loginRateWindowMs ?? MINUTE;
        return {
          throttlers: [
            { name: 'ip', ttl, limit: config.loginRateLimit },
            { name: 'account', ttl, limit: config.loginRateLimit, getTracker: accountOf },
          ],
          storage: new LoginRateLimitRepository(dataSource),
        };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsService,
    { provide: APP_GUARD, useClass: SessionGuard },
    { provide: APP_GUARD, useClass: CoalitionGuard },
  ],
  exports: [SessionsService],
})
export class AuthModule {}
