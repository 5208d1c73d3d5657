import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import type { FieldError } from '@regiokracht/shared';
import { findHostileText, hostileInput } from './hostile-text';

/** Flattens class-validator's nested errors into `{ field: 'settings.halfLifeDays', message }`. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(`property ${error.property} should not exist`)
        ? 'is not a known field'
        : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Applies the edge rule for hostile text (see hostile-text.ts) to what reaches a handler too: the
 * middleware sees JSON bodies and queries, but multipart form fields are parsed only by the upload
 * interceptor, after it.
 */
class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const problem = findHostileText(value, metadata.data ?? '');
      if (problem) throw hostileInput(problem);
    }
    return super.transform(value, metadata);
  }
}

/** The one global pipe: strips nothing silently — unknown fields are rejected, types transformed. */
export function createValidationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const message = details.map((d) => `${d.field}: ${d.message}`).join('; ');
      return new BadRequestException({ message: message || 'Invalid input', details });
    },
  });
}
