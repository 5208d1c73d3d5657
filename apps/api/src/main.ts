import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { loadConfig } from './config';
import { lockDataDir } from './database/data-dir-lock';
import { runMigrations } from './database/migrate';
import { DEMO_LOGINS, seedDemoIfEmpty } from './database/seed/seed';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const db = config.database;
  const unlock = db.kind === 'pglite' && db.dataDir ? lockDataDir(db.dataDir) : () => undefined;
  process.once('exit', unlock);

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  configureApp(app, config);
  await app.init();
  const dataSource = app.get(DataSource);
  const applied = await runMigrations(dataSource);
  const seeded = process.env.SEED === 'false' ? false : await seedDemoIfEmpty(dataSource);
  await app.listen(config.port);

  // Ctrl-C / SIGTERM: finish requests, close the database (PGlite flushes to disk), free the lock.
  const stop = (signal: string) => {
    process.stdout.write(`\nStopping Regiokracht (${signal})…\n`);
    app.close().then(
      () => {
        unlock();
        process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(`Error while stopping: ${String(error)}\n`);
        unlock();
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  const where =
    db.kind === 'postgres'
      ? 'PostgreSQL at DATABASE_URL'
      : `embedded PostgreSQL (PGlite) in ${db.dataDir}`;
  const lines = [
    '',
    `Regiokracht is running at http://localhost:${config.port}`,
    `  database: ${where}${applied.length ? ` (applied ${applied.length} migrations)` : ''}${seeded ? ', demo world seeded' : ''}`,
    `  API docs: http://localhost:${config.port}/api/docs`,
    '  demo logins (password for all: ' + DEMO_LOGINS.password + '):',
    ...DEMO_LOGINS.users.map(
      (u) =>
        `    ${u.role.padEnd(12)} ${u.email.padEnd(30)} ${u.coalitions.join(', ') || 'all coalitions (installation admin)'}`,
    ),
    '  Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `Regiokracht could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
