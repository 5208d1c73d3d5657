import { dictionary } from '@zxcvbn-ts/language-common';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { MIN_PASSWORD_LENGTH } from './passwords';

export const MAX_PASSWORD_LENGTH = 200;

/**
 * The ~49,000 most common passwords of zxcvbn-ts's common-language package (leaked-password
 * frequency lists): an attacker's first guesses, so they are refused whatever their length.
 * Compared in lower case: "Password123" is guessed as early as "password123".
 */
const COMMON_PASSWORDS = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

export const PASSWORD_TOO_SHORT = `must be at least ${MIN_PASSWORD_LENGTH} characters`;
export const PASSWORD_TOO_LONG = `must be at most ${MAX_PASSWORD_LENGTH} characters`;
export const PASSWORD_TOO_COMMON = 'is one of the most common passwords: choose another';

/** Why a new password is refused, or null when it is acceptable. One rule for every place that sets one. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return PASSWORD_TOO_SHORT;
  if (password.length > MAX_PASSWORD_LENGTH) return PASSWORD_TOO_LONG;
  if (COMMON_PASSWORDS.has(password.trim().toLowerCase())) return PASSWORD_TOO_COMMON;
  return null;
}

/** class-validator rule for a new password; its message is the policy's own (a 400 naming the field). */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAcceptablePassword',
      validator: {
        // A non-string is @IsString()'s to report: one message per problem.
        validate: (value: unknown) => typeof value !== 'string' || passwordProblem(value) === null,
        defaultMessage: (args) => passwordProblem(String(args?.value)) ?? 'is not acceptable',
      },
    },
    options,
  );
}
