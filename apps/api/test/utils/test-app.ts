import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { Clock } from '../../src/common/clock/clock';
import { type AppConfig, insightsCacheConfigFromEnv } from '../../src/config';
import { runMigrations } from '../../src/database/migrate';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  db: DataSource;
  database: TestDatabase;
  /** Unauthenticated requests. */
  http(): ReturnType<typeof request>;
  /** A cookie-carrying agent signed in as that user. */
  login(email: string, password?: string): Promise<InstanceType<typeof request.agent>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  loginRateLimit?: number;
  /** A fixed clock for rules that depend on "now". */
  now?: () => Date;
  /** Other settings to differ from the test defaults (e.g. secureCookies, trustProxy). */
  config?: Partial<AppConfig>;
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** The settings tests run the application with. */
function testConfig(database: TestDatabase, options: TestAppOptions): AppConfig {
  return {
    port: 0,
    database: database.config,
    webDist: null,
    publicUrl: 'http://localhost:3000',
    secureCookies: false,
    logLevel: 'silent',
    trustProxy: false,
    loginRateLimit: options.loginRateLimit ?? 10_000,
    insightsCache: insightsCacheConfigFromEnv({}),
    ...options.config,
  };
}

async function bootApp(config: AppConfig, now?: () => Date): Promise<INestApplication> {
  const builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] });
  if (now) builder.overrideProvider(Clock).useValue({ now });
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  configureApp(app, config);
  await app.init();
  return app;
}

/**
 * Another API instance on the same database, with its own memory (caches, rate limits, jobs):
 * what a second instance behind a load balancer would be.
 */
export function secondInstance(
  t: TestApp,
  now?: () => Date,
  options: TestAppOptions = {},
): Promise<INestApplication> {
  return bootApp(testConfig(t.database, options), now);
}

/** An instance on an existing test database, not migrated: for start-up tests. */
export function bootInstance(
  database: TestDatabase,
  options: TestAppOptions = {},
): Promise<INestApplication> {
  return bootApp(testConfig(database, options), options.now);
}

/** Boots the real application (same setup as main.ts) on a clean, migrated database. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await bootApp(testConfig(database, options), options.now);
  const db = app.get(DataSource);
  await runMigrations(db);
  const server = app.getHttpServer();
  return {
    app,
    db,
    database,
    http: () => request(server),
    async login(email, password = TEST_PASSWORD) {
      const agent = request.agent(server);
      const res = await agent.post('/api/auth/login').send({ email, password });
      if (res.status !== 200)
        throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return agent;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
