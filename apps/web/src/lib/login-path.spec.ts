import { buildLoginPath, readSafeNext } from './login-path';

describe('login path', () => {
  it('remembers the page to return to', () => {
    expect(buildLoginPath('/c/1/people?q=a')).toBe('/login?next=%2Fc%2F1%2Fpeople%3Fq%3Da');
    expect(buildLoginPath('/')).toBe('/login');
  });

  it.each([
    ['/c/1/people', '/c/1/people'],
    ['//evil.example', null],
    ['/\\evil.example', null],
    ['https://evil.example', null],
    ['/login?next=/x', null],
    [null, null],
  ])('reads next=%s as %s', (next, expected) => {
    const search = new URLSearchParams(next === null ? '' : { next });
    expect(readSafeNext(search)).toBe(expected);
  });
});
