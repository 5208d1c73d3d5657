import { ConflictException, NotFoundException } from '@nestjs/common';
import type { FieldError } from '@regiokracht/shared';
import { BadRequestException } from '@nestjs/common';

/** 409 for an update that carried an out-of-date `version`. */
export function staleVersion(currentVersion: number): ConflictException {
  return new ConflictException({
    message: `This record was changed by someone else (now at version ${currentVersion}); reload and try again`,
    currentVersion,
  });
}

/** 409 for a state that forbids the request; `details` says what blocks it. */
export function conflict(
  message: string,
  details?: FieldError[],
  extra: Record<string, unknown> = {},
): ConflictException {
  return new ConflictException({ message, details, ...extra });
}

/** 400 naming one field. */
export function invalidField(field: string, message: string): BadRequestException {
  return new BadRequestException({
    message: `${field}: ${message}`,
    details: [{ field, message }],
  });
}

export function notFound(what: string): NotFoundException {
  return new NotFoundException(`${what} not found`);
}
