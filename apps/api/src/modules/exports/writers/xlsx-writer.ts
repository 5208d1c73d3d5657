import type { ExportLocale } from '@regiokracht/shared';
import ExcelJS from 'exceljs';
import { utcToLocalWallTime } from '../../imports/parsers/date-parse';
import type { ExportColumnType, ExportDocument, ExportValue } from './export-table';

const DATE_FORMAT = { nl: 'dd-mm-yyyy', en: 'yyyy-mm-dd' };
const INSTANT_FORMAT = { nl: 'dd-mm-yyyy hh:mm:ss', en: 'yyyy-mm-dd hh:mm:ss' };

/**
 * Real Excel types: numbers as numbers, dates as dates (times in Dutch local time: Excel cells
 * have no time zone, and the import reads times without one as Dutch time), yes/no as booleans.
 * Strings are stored as strings, never as formulas.
 */
export async function writeXlsx(document: ExportDocument, locale: ExportLocale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Regiokracht';
  for (const sheet of document.sheets) {
    const ws = workbook.addWorksheet(sheet.name[locale].slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.columns = sheet.columns.map((column, i) => ({
      key: String(i),
      header: column.header[locale],
      width: column.width ?? defaultWidth(column.type),
      style: numberFormat(column.type, locale),
    }));
    ws.getRow(1).font = { bold: true };
    sheet.rows.forEach((row, r) => {
      const added = ws.addRow(row.map((value, i) => cellValue(value, sheet.columns[i].type)));
      if (sheet.totalRows?.has(r)) added.font = { bold: true };
    });
    if (sheet.rows.length > 0) {
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(value: ExportValue, type: ExportColumnType): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  switch (type) {
    case 'date':
      return new Date(`${String(value)}T00:00:00Z`);
    case 'instant':
      return new Date(utcToLocalWallTime(Date.parse(String(value))));
    case 'number':
    case 'eur':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    case 'text':
    case 'code':
      return String(value);
  }
}

function numberFormat(type: ExportColumnType, locale: ExportLocale): Partial<ExcelJS.Style> {
  switch (type) {
    case 'date':
      return { numFmt: DATE_FORMAT[locale] };
    case 'instant':
      return { numFmt: INSTANT_FORMAT[locale] };
    case 'eur':
      return { numFmt: '#,##0.00' };
    case 'text':
    case 'code':
    case 'number':
    case 'boolean':
      return {};
  }
}

function defaultWidth(type: ExportColumnType): number {
  switch (type) {
    case 'date':
      return 12;
    case 'instant':
      return 20;
    case 'boolean':
    case 'number':
    case 'eur':
      return 14;
    case 'text':
    case 'code':
      return 24;
  }
}
