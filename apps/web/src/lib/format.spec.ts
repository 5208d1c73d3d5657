import { formatCurrency, formatDate, formatNumber, formatPercent } from './format';

describe('format', () => {
  it('writes dates in the reader’s language', () => {
    expect(formatDate('2025-03-01', 'nl', 'long')).toBe('1 maart 2025');
    expect(formatDate('2025-03-01', 'en', 'long')).toBe('1 March 2025');
    expect(formatDate('2025-03-01', 'nl', 'short')).toBe('01-03-2025');
    expect(formatDate('2025-03-01', 'en', 'short')).toBe('01/03/2025');
    expect(formatDate('not a date', 'en')).toBe('');
  });

  // Intl puts a no-break space between € and the amount in Dutch.
  it('groups numbers and writes euros the Dutch or British way', () => {
    expect(formatNumber(12345.5, 'nl')).toBe('12.345,5');
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
    expect(formatCurrency(1500, 'nl')).toBe('€\u00a01.500');
    expect(formatCurrency(1500, 'en')).toBe('€1,500');
    expect(formatCurrency(12.5, 'nl')).toBe('€\u00a012,50');
    expect(formatPercent(0.35, 'nl')).toBe('35%');
  });
});
