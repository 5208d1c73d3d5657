import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../app-config.token';
import { Clock } from '../../common/clock/clock';
import type { AppConfig } from '../../config';
import { sqlOne } from '../../database/sql';
import { renderDigestMail } from './digest-mail';
import { DigestService, type UnmailedDigest, utcDay } from './digest.service';
import { MAILER, type Mailer } from './mailer';

/**
 * When the digest runs. A plain interval, not @nestjs/schedule's @Cron: every check asks the
 * injected Clock whether the day's digest is due and the database whether it ran already, so
 *  - an instance that was down (or deploying) at the send hour still sends that day's digest on
 *    its next check, where a missed cron tick is simply lost;
 *  - there is no ScheduleModule.forRoot() to register globally (once, for every module);
 *  - the tests drive the very same `tick()`/`run()` with a fixed clock.
 */
export interface DigestSchedule {
  enabled: boolean;
  /** The digest is sent on the first check at or after this hour (UTC) of the day. */
  hourUtc: number;
  checkEveryMs: number;
}

export function digestScheduleFromEnv(env: NodeJS.ProcessEnv = process.env): DigestSchedule {
  const hour = Number(env.DIGEST_HOUR_UTC ?? 5);
  const minutes = Number(env.DIGEST_CHECK_MINUTES ?? 10);
  return {
    enabled: env.DIGEST !== 'off',
    // 05:00 UTC is 06:00 or 07:00 in the Netherlands: in the inbox before the working day starts.
    hourUtc: Number.isInteger(hour) && hour >= 0 && hour < 24 ? hour : 5,
    checkEveryMs: (Number.isFinite(minutes) && minutes > 0 ? minutes : 10) * 60_000,
  };
}

/** A run that stopped beating this long ago (its instance died) may be taken over by another. */
export const STALE_RUN_MS = 15 * 60_000;
/** How long notifications are kept. */
export const NOTIFICATION_RETENTION_DAYS = 180;

export interface DigestRunResult {
  day: string;
  notifications: number;
  emails: number;
}

/**
 * The daily digest job. Safe with several API instances: a run first claims its day by
 * inserting the day's `digest_run` row (the primary key lets exactly one insert win, on
 * PostgreSQL and on PGlite alike); the others find it claimed and do nothing. A claimed run that
 * stopped beating for STALE_RUN_MS is taken over; what it had stored stays (one digest per user,
 * coalition and day) and what it had mailed is marked (`emailed_at`), so a takeover neither
 * stores nor mails twice — except a mail sent just before a crash, before it was marked.
 */
@Injectable()
export class DigestJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DigestJob.name);
  readonly instance = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly schedule = digestScheduleFromEnv();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<DigestRunResult | null> | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly digests: DigestService,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.schedule.enabled) return;
    // The first check waits one period: migrations run after the application has started.
    this.timer = setInterval(() => void this.tick(), this.schedule.checkEveryMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    await this.mailer.close();
  }

  /** One scheduled check: runs the day's digest once its hour has come. */
  async tick(): Promise<DigestRunResult | null> {
    const now = this.clock.now();
    if (now.getUTCHours() < this.schedule.hourUtc) return null;
    try {
      return await this.run(now);
    } catch (error) {
      this.logger.error({ msg: 'Daily digest failed', err: error });
      return null;
    }
  }

  /**
   * Claims the day of `now` and runs its digest; null when another run (in this process or any
   * other instance) has the day.
   */
  run(now: Date = this.clock.now()): Promise<DigestRunResult | null> {
    if (this.running) return Promise.resolve(null);
    this.running = this.claimAndRun(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async claimAndRun(now: Date): Promise<DigestRunResult | null> {
    const day = utcDay(now);
    if (!(await this.claim(day, now))) return null;
    const notifications = await this.digests.buildAndStore(now, () => this.beat(day));
    const emails = await this.mail(day);
    await this.digests.purgeOlderThan(now, NOTIFICATION_RETENTION_DAYS);
    await this.db.query(
      `UPDATE digest_run SET finished_at = $2, heartbeat_at = $2, notifications = $3, emails = $4
        WHERE run_date = $1::date AND instance = $5`,
      [day, this.clock.now().toISOString(), notifications, emails, this.instance],
    );
    this.logger.log({
      msg: 'Daily digest sent',
      day,
      notifications,
      emails,
      mailer: this.mailer.kind,
    });
    return { day, notifications, emails };
  }

  /** Inserts the day's run, or takes over one whose instance stopped beating; true when ours. */
  private async claim(day: string, now: Date): Promise<boolean> {
    const claimed = await sqlOne(
      this.db.manager,
      `INSERT INTO digest_run (run_date, instance, started_at, heartbeat_at)
       VALUES ($1::date, $2, $3::timestamptz, $3::timestamptz)
       ON CONFLICT (run_date) DO UPDATE
          SET instance = excluded.instance, started_at = excluded.started_at,
              heartbeat_at = excluded.heartbeat_at
        WHERE digest_run.finished_at IS NULL
          AND digest_run.heartbeat_at < excluded.started_at - make_interval(secs => $4)
       RETURNING run_date`,
      [day, this.instance, now.toISOString(), STALE_RUN_MS / 1000],
    );
    return claimed !== undefined;
  }

  private async beat(day: string): Promise<void> {
    await this.db.query(
      `UPDATE digest_run SET heartbeat_at = $2 WHERE run_date = $1::date AND instance = $3`,
      [day, this.clock.now().toISOString(), this.instance],
    );
  }

  /** One e-mail per user with all their coalitions' digests; a failed one is logged, not retried. */
  private async mail(day: string): Promise<number> {
    const byUser = new Map<string, UnmailedDigest[]>();
    for (const digest of await this.digests.unmailed(day)) {
      const list = byUser.get(digest.userId) ?? [];
      list.push(digest);
      byUser.set(digest.userId, list);
    }
    let sent = 0;
    for (const digests of byUser.values()) {
      try {
        await this.mailer.send(renderDigestMail(digests, this.config.publicUrl));
      } catch (error) {
        this.logger.error({ msg: 'Digest e-mail failed', userId: digests[0].userId, err: error });
        continue;
      }
      await this.digests.markEmailed(
        digests.map((d) => d.id),
        this.clock.now(),
      );
      sent += 1;
    }
    return sent;
  }
}
