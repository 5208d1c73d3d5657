import type { ExportLocale } from '@regiokracht/shared';

/**
 * - `date`: `YYYY-MM-DD`; `instant`: an ISO timestamp; `eur`: euros, two decimals
 * - `code`: an enum value, written as is so the file imports again
 */
export type ExportColumnType = 'text' | 'code' | 'number' | 'eur' | 'date' | 'instant' | 'boolean';

export type ExportValue = string | number | boolean | null;

export interface Localised {
  en: string;
  nl: string;
}

export interface ExportColumn {
  header: Localised;
  type: ExportColumnType;
  /** Column width in XLSX, in characters. */
  width?: number;
}

export interface ExportSheet {
  name: Localised;
  columns: ExportColumn[];
  rows: ExportValue[][];
  /** Rows (by index) that are totals: bold in XLSX. */
  totalRows?: ReadonlySet<number>;
}

/** A CSV holds the first sheet; an XLSX holds them all. */
export interface ExportDocument {
  fileName: string;
  sheets: ExportSheet[];
}

export function localised(text: Localised, locale: ExportLocale): string {
  return text[locale];
}
