import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { loadConfig } from './config';
import { lockDataDir } from './database/data-dir-lock';
import { prepareDatabase, startBanner } from './database/start-up';

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
  const prepared = await prepareDatabase(app.get(DataSource), db, {
    seed: process.env.SEED !== 'false',
  });
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
  const lines = startBanner({ port: config.port, where, prepared });
  process.stdout.write(lines.join('\n') + '\n');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `Regiokracht could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
