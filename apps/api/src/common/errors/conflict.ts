import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import { CommonErrorCode, type ErrorCode, type FieldError } from '@regiokracht/shared';

/**
 * The domain errors services throw. Each carries a stable `code` (packages/shared error-codes.ts);
 * the error filter copies it into the answer, and falls back to one code per status otherwise.
 */

/** 409 for an update that carried an out-of-date `version`. */
export function staleVersion(
  currentVersion: number,
  code: ErrorCode = CommonErrorCode.VERSION_CONFLICT,
): ConflictException {
  return new ConflictException({
    code,
    message: `This record was changed by someone else (now at version ${currentVersion}); reload and try again`,
    currentVersion,
  });
}

/** 409 for a state that forbids the request; `details` says what blocks it. */
export function conflict(
  message: string,
  details?: FieldError[],
  extra: Record<string, unknown> & { code?: ErrorCode } = {},
): ConflictException {
  return new ConflictException({ code: CommonErrorCode.CONFLICT, message, details, ...extra });
}

/** 400 naming one field. */
export function invalidField(
  field: string,
  message: string,
  code: ErrorCode = CommonErrorCode.VALIDATION_FAILED,
): BadRequestException {
  return new BadRequestException({
    code,
    message: `${field}: ${message}`,
    details: [{ field, message }],
  });
}

export function notFound(
  what: string,
  code: ErrorCode = CommonErrorCode.NOT_FOUND,
): NotFoundException {
  return new NotFoundException({ code, message: `${what} not found` });
}
