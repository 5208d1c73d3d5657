import { Logger } from '@nestjs/common';
import { DatabaseOutageMonitor, isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    [
      'an operator shutdown',
      { code: '57P01', severity: 'FATAL', message: 'terminating connection' },
    ],
    ['a server starting up', { code: '57P03', message: 'the database system is starting up' }],
    ['a connection exception', { code: '08006', message: 'connection failure' }],
    ['a database not accepting connections', { code: '55000', severity: 'FATAL', message: 'x' }],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    ['wrapped by TypeORM', { message: 'Query failed', driverError: { code: '57P01' } }],
  ])('recognises %s', (_what, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ['a unique violation', { code: '23505', severity: 'ERROR', message: 'duplicate key' }],
    ['a bug', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('does not take %s for an outage', (_what, error) =>
    expect(isDatabaseUnavailable(error)).toBe(false),
  );
});

describe('DatabaseOutageMonitor', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('says once that the database went away and once that it is back', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    let up = false;
    const monitor = new DatabaseOutageMonitor(() =>
      up ? Promise.resolve() : Promise.reject(new Error('down')),
    );
    for (let i = 0; i < 100; i++) monitor.reportUnavailable(new Error('Connection terminated'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(monitor.isDown).toBe(true);

    await jest.advanceTimersByTimeAsync(3000);
    expect(log).not.toHaveBeenCalled();
    up = true;
    await jest.advanceTimersByTimeAsync(1000);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('The database is back');
    expect(monitor.isDown).toBe(false);
    monitor.stop();
  });
});
