import { findHostileText, findInvalidUtf8, textProblem } from './hostile-text';

describe('hostile text', () => {
  it.each([
    ['\u0000', 'NUL'],
    ['a\u0000b', 'NUL'],
    ['\uD800', 'surrogates'],
    ['x\uDFFFy', 'surrogates'],
    ['\uDFFF\uD800', 'surrogates'],
  ])('refuses %j', (text, word) => {
    expect(textProblem(text)).toContain(word);
  });

  it.each(['', 'plain', 'Zoë 🚀 ā', '\uD83D\uDE80', 'line\nbreak\ttab'])('accepts %j', (text) => {
    expect(textProblem(text)).toBeNull();
  });

  it('names the path of the first hostile string, keys included', () => {
    expect(findHostileText({ notes: 'a\u0000b' })).toEqual({
      field: 'notes',
      message: expect.stringContaining('NUL'),
    });
    expect(findHostileText({ organisationIds: ['x', 'y', '\uD800'] })?.field).toBe(
      'organisationIds[2]',
    );
    expect(findHostileText({ settings: { label: '\u0000' } })?.field).toBe('settings.label');
    expect(findHostileText({ mapping: { 'Naam\u0000': 'name' } })?.field).toBe(
      'mapping.Naam\\u0000',
    );
    expect(findHostileText('\u0000', 'entity')?.field).toBe('entity');
    expect(findHostileText({ a: [1, true, null, { b: 'fine' }] })).toBeNull();
  });

  it('refuses nesting deeper than a request needs, without recursion', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    expect(findHostileText({ themes: deep })?.message).toContain('nested deeper');
  });

  it('finds percent-encoding that is not UTF-8, naming the query parameter', () => {
    expect(findInvalidUtf8('/api/x?q=%FF')).toEqual({ field: 'q', message: 'is not valid UTF-8' });
    expect(findInvalidUtf8('/api/x?page=1&q=%ED%A0%80')?.field).toBe('q');
    expect(findInvalidUtf8('/api/x/%C0%AF')?.field).toBe('path');
    expect(findInvalidUtf8('/api/x?%FF=1')?.field).toBe('query');
    expect(findInvalidUtf8('/api/x?q=Zo%C3%AB+b%F0%9F%9A%80&r=100%')).toBeNull();
  });
});
