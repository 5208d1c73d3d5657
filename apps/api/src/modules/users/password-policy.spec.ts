import { DEMO_PASSWORD } from '../../database/seed/seed-platform';
import {
  PASSWORD_TOO_COMMON,
  PASSWORD_TOO_LONG,
  PASSWORD_TOO_SHORT,
  passwordProblem,
} from './password-policy';

describe('password policy', () => {
  it('refuses passwords shorter than 10 characters or longer than 200', () => {
    expect(passwordProblem('nine-char')).toBe(PASSWORD_TOO_SHORT);
    expect(passwordProblem('x'.repeat(201))).toBe(PASSWORD_TOO_LONG);
  });

  it('refuses common passwords whatever their case', () => {
    for (const common of ['password123', '1234567890', 'qwertyuiop', 'Password1234', 'ILOVEYOU12'])
      expect(passwordProblem(common)).toBe(PASSWORD_TOO_COMMON);
  });

  it('accepts the demo password and ordinary long passphrases', () => {
    expect(passwordProblem(DEMO_PASSWORD)).toBeNull();
    expect(passwordProblem('correct-horse-battery')).toBeNull();
    expect(passwordProblem('fietsen langs de IJssel')).toBeNull();
  });
});
