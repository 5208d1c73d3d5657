import { localWallTimeToUtc, parseDateOnly, parseInstant, utcToLocalWallTime } from './date-parse';

const ok = (value: string) => ({ ok: true, value });

describe('parseDateOnly', () => {
  it.each([
    ['31-12-2025', '2025-12-31'],
    ['31/12/2025', '2025-12-31'],
    ['31.12.2025', '2025-12-31'],
    ['1-3-2025', '2025-03-01'],
    ['2025-12-31', '2025-12-31'],
    ['2025-3-1', '2025-03-01'],
    ['2025-12-31 00:00:00', '2025-12-31'],
    ['2025-12-31T00:00:00Z', '2025-12-31'],
    [' 29-02-2024 ', '2024-02-29'],
  ])('reads %s', (text, expected) => {
    expect(parseDateOnly(text)).toEqual(ok(expected));
  });

  it('reads Excel serial days only when asked (XLSX)', () => {
    expect(parseDateOnly('46022', { excelSerials: true })).toEqual(ok('2025-12-31'));
    expect(parseDateOnly('45658', { excelSerials: true })).toEqual(ok('2025-01-01'));
    expect(parseDateOnly('46022').ok).toBe(false);
  });

  it.each([
    ['29-02-2025', /not an existing date/],
    ['12/31/2025', /day first/],
    ['31-12-25', /31-12-2025/],
    ['2025-12-31 14:30', /without a time/],
    ['morgen', /is not a date/],
    ['01-01-1850', /year 1850/],
  ])('refuses %s with a message that helps', (text, message) => {
    const parsed = parseDateOnly(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('parseInstant', () => {
  it.each([
    ['2025-12-31T14:30:00Z', '2025-12-31T14:30:00.000Z'],
    ['2025-12-31T14:30:00+01:00', '2025-12-31T13:30:00.000Z'],
    ['2025-12-31T14:30:00.250-0200', '2025-12-31T16:30:00.250Z'],
    // Without an offset: Dutch local time, winter (+1) and summer (+2).
    ['31-12-2025 14:30', '2025-12-31T13:30:00.000Z'],
    ['31-07-2025 14:30:15', '2025-07-31T12:30:15.000Z'],
    ['31-07-2025 14.30', '2025-07-31T12:30:00.000Z'],
    ['2025-07-31 14:30', '2025-07-31T12:30:00.000Z'],
    ['31-12-2025', '2025-12-30T23:00:00.000Z'],
  ])('reads %s', (text, expected) => {
    expect(parseInstant(text)).toEqual(ok(expected));
  });

  it('reads an Excel serial with a time of day as Dutch local time', () => {
    expect(parseInstant('46022.604166666664', { excelSerials: true })).toEqual(
      ok('2025-12-31T13:30:00.000Z'),
    );
  });

  it('refuses an impossible time', () => {
    expect(parseInstant('31-12-2025 25:00').ok).toBe(false);
  });
});

describe('Dutch local time', () => {
  it('round-trips instants, and takes the summer-time reading of the repeated autumn hour', () => {
    for (const iso of ['2025-01-15T08:00:00Z', '2025-07-15T08:00:00Z', '2024-10-27T00:30:00Z']) {
      const ms = Date.parse(iso);
      expect(new Date(localWallTimeToUtc(utcToLocalWallTime(ms))).toISOString()).toBe(
        new Date(ms).toISOString(),
      );
    }
    // 02:30 on 27 October 2024 happened twice; 01:30Z (the second time) reads back as 00:30Z.
    expect(localWallTimeToUtc(utcToLocalWallTime(Date.parse('2024-10-27T01:30:00Z')))).toBe(
      Date.parse('2024-10-27T00:30:00Z'),
    );
  });

  it('moves a time in the spring gap forward', () => {
    // 02:30 on 30 March 2025 did not exist in the Netherlands (02:00 → 03:00).
    expect(new Date(localWallTimeToUtc(Date.UTC(2025, 2, 30, 2, 30))).toISOString()).toBe(
      '2025-03-30T01:30:00.000Z',
    );
  });
});
