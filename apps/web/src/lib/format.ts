import { format, isValid, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A Date, an ISO timestamp (`2025-03-01T09:30:00Z`) or an API date (`2025-03-01`). */
export type DateInput = Date | string;
export type DateStyle = 'short' | 'medium' | 'long';

const isDutch = (language: string) => language.toLowerCase().startsWith('nl');
const dateLocale = (language: string) => (isDutch(language) ? nl : enGB);
const intlLocale = (language: string) => (isDutch(language) ? 'nl-NL' : 'en-GB');

// date-fns' localized tokens: nl 01-03-2025 / 1 mrt. 2025 / 1 maart 2025, en-GB 01/03/2025 / …
const DATE_PATTERNS: Record<DateStyle, string> = { short: 'P', medium: 'PP', long: 'PPP' };

function toDate(value: DateInput): Date {
  // parseISO reads a bare `YYYY-MM-DD` as a local date; `new Date()` would read it as UTC
  // midnight and show the previous day west of Greenwich.
  return typeof value === 'string' ? parseISO(value) : value;
}

/** Today as `YYYY-MM-DD` in the user's own calendar (time zone), as date inputs and due dates hold it. */
export function todayIso(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

export function formatDate(
  value: DateInput,
  language: string,
  style: DateStyle = 'medium',
): string {
  const date = toDate(value);
  return isValid(date) ? format(date, DATE_PATTERNS[style], { locale: dateLocale(language) }) : '';
}

export function formatDateTime(value: DateInput, language: string): string {
  const date = toDate(value);
  return isValid(date) ? format(date, 'PP p', { locale: dateLocale(language) }) : '';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = intlLocale(language);
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = numberFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(
  value: number,
  language: string,
  options: Intl.NumberFormatOptions = {},
): string {
  return numberFormat(language, options).format(value);
}

/** Euros; whole amounts without cents (in-kind values are mostly round), others with two. */
export function formatCurrency(value: number, language: string): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return numberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A ratio (0.35) as a percentage (35%). */
export function formatPercent(ratio: number, language: string, fractionDigits = 0): string {
  return numberFormat(language, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}

/** The formatters above, bound to the active language; re-renders when the language changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      date: (value: DateInput, style?: DateStyle) => formatDate(value, language, style),
      dateTime: (value: DateInput) => formatDateTime(value, language),
      number: (value: number, options?: Intl.NumberFormatOptions) =>
        formatNumber(value, language, options),
      currency: (value: number) => formatCurrency(value, language),
      percent: (ratio: number, fractionDigits?: number) =>
        formatPercent(ratio, language, fractionDigits),
    }),
    [language],
  );
}
