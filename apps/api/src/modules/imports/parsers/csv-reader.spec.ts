import { firstInvalidUtf8, readCsv } from './csv-reader';
import { ImportFileError } from './sheet';

const csv = (text: string, prefix: number[] = []) =>
  Buffer.concat([Buffer.from(prefix), Buffer.from(text, 'utf8')]);

describe('readCsv', () => {
  it('reads `;` with a BOM, quoted delimiters and line breaks, and numbers rows as Excel does', () => {
    const sheet = readCsv(
      csv(
        'Naam;Plaats\r\n"Ploeg; Zn.";"Kam\r\npen"\r\n\r\nLandstede;Zwolle\r\n',
        [0xef, 0xbb, 0xbf],
      ),
      100,
    );
    expect(sheet).toEqual({
      format: 'csv',
      delimiter: ';',
      headers: ['Naam', 'Plaats'],
      rows: [
        { row: 2, cells: ['Ploeg; Zn.', 'Kam\npen'] },
        { row: 4, cells: ['Landstede', 'Zwolle'] },
      ],
    });
  });

  it('reads `,` without a BOM, tab, and an Excel `sep=` line', () => {
    expect(readCsv(csv('Name,City\nA,B\n'), 10).delimiter).toBe(',');
    expect(readCsv(csv('Name\tCity\nA\tB\n'), 10).delimiter).toBe('\t');
    const sep = readCsv(csv('sep=,\r\nNaam,Plaats;extra\r\nA,B\r\n'), 10);
    expect(sep).toMatchObject({
      delimiter: ',',
      headers: ['Naam', 'Plaats;extra'],
      rows: [{ row: 3, cells: ['A', 'B'] }],
    });
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const text = 'Naam\tPlaats\r\nCafé\tŌsaka\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(readCsv(le, 10).rows[0].cells).toEqual(['Café', 'Ōsaka']);
  });

  it('names blank headers and makes repeated ones unique', () => {
    expect(readCsv(csv('Naam;;naam\r\na;b;c\r\n'), 10).headers).toEqual([
      'Naam',
      'Column 2',
      'naam (2)',
    ]);
  });

  it('takes off the quote an export put before a formula-like value', () => {
    expect(
      readCsv(csv("Naam;Notitie\r\nA;'=SUM(1)\r\nB;'Piet\r\n"), 10).rows.map((r) => r.cells[1]),
    ).toEqual(['=SUM(1)', "'Piet"]);
  });

  it.each([
    [
      'invalid UTF-8',
      Buffer.from('Naam\n\xe9t\xe9\n', 'latin1'),
      /not UTF-8 text \(the first invalid byte is on line 2\)/,
    ],
    ['binary data', Buffer.from('Naam\n\u0000\u0001\n'), /binary data/],
    ['an empty file', csv('\r\n;;\r\n'), /empty/],
    ['a header only', csv('Naam;Plaats\r\n'), /no data rows/],
    ['too many rows', csv('Naam\n1\n2\n3\n'), /at most 2/],
    ['a huge header cell', csv(`${'x'.repeat(300)}\n1\n`), /column names/],
  ])('refuses %s', (_, buffer, message) => {
    expect(() => readCsv(buffer, 2)).toThrow(ImportFileError);
    expect(() => readCsv(buffer, 2)).toThrow(message);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x41, 0xc3, 0xa9], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x41, 0xc3], 1],
    [[0xc0, 0xaf], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0x41, 0x42, 0xff], 2],
  ])('%j → %i', (bytes, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
  });
});
