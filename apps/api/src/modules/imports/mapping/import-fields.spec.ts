import { IMPORT_ENTITIES } from '@regiokracht/shared';
import { fieldSpecs, normaliseKey, suggestMapping } from './import-fields';

describe('import fields', () => {
  it.each(IMPORT_ENTITIES)(
    '%s: no header names two fields, so a suggestion is never a guess',
    (entity) => {
      const owner = new Map<string, string>();
      for (const spec of fieldSpecs(entity)) {
        for (const key of new Set(
          [spec.field, spec.header.en, spec.header.nl, ...spec.aliases].map(normaliseKey),
        )) {
          expect([key, owner.get(key) ?? spec.field]).toEqual([key, spec.field]);
          owner.set(key, spec.field);
        }
      }
    },
  );

  it('suggests fields for Dutch and English headers, each field once', () => {
    expect(
      suggestMapping('people', [
        'E-mailadres',
        'Naam',
        'naam (2)',
        'Bedrijf',
        'Functie',
        'Iets anders',
      ]),
    ).toEqual({
      'E-mailadres': 'email',
      Naam: 'name',
      'naam (2)': null,
      Bedrijf: 'organisation',
      Functie: 'role',
      'Iets anders': null,
    });
  });
});
