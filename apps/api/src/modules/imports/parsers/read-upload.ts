import { readCsv } from './csv-reader';
import { ImportFileError, type Sheet } from './sheet';
import { readXlsx } from './xlsx-reader';

/** The parts of a multer file the import reads (memory storage). */
export interface ImportUpload {
  originalname: string;
  size: number;
  buffer: Buffer;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);
const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm']);

/**
 * Picks the reader from the name and the first bytes: the name alone lies too often (a workbook
 * saved as `.csv`, a CSV renamed to `.xlsx`), and the content alone cannot tell a CSV from any
 * other text. Nest's FileTypeValidator is not used: its file-type dependency needs Node 22.
 */
export async function readUpload(file: ImportUpload, maxRows: number): Promise<Sheet> {
  const extension = /\.([^.]+)$/.exec(file.originalname)?.[1]?.toLowerCase() ?? '';
  const bytes = file.buffer;
  if (bytes.length === 0) throw new ImportFileError('The file is empty');
  if (startsWith(bytes, OLE)) {
    throw new ImportFileError(
      'This is an old Excel file (.xls, Excel 97–2003). Save it in Excel as "Excel Workbook (*.xlsx)" or "CSV UTF-8" and upload that.',
    );
  }
  if (startsWith(bytes, ZIP)) {
    if (!WORKBOOK_EXTENSIONS.has(extension) && !TEXT_EXTENSIONS.has(extension)) {
      throw new ImportFileError(unsupported(extension));
    }
    return readXlsx(bytes, maxRows);
  }
  if (WORKBOOK_EXTENSIONS.has(extension)) {
    throw new ImportFileError(
      `The file is called ".${extension}" but is not an Excel workbook. Open it in Excel and save it again as "Excel Workbook (*.xlsx)".`,
    );
  }
  if (!TEXT_EXTENSIONS.has(extension)) throw new ImportFileError(unsupported(extension));
  return readCsv(bytes, maxRows);
}

function unsupported(extension: string): string {
  return `Files of type "${extension ? `.${extension}` : 'unknown'}" cannot be imported. Upload a CSV (.csv) or Excel workbook (.xlsx).`;
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}
