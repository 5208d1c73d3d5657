import type { OpenAPIObject } from '@nestjs/swagger';
import { ALL_ERROR_CODES } from '@regiokracht/shared';
import type { RouteAccess } from '../auth/route-access.auditor';

type Operation = {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, unknown> };
  responses: Record<string, { description: string; content?: unknown }>;
};

const ERROR_REF = { $ref: '#/components/schemas/ErrorResponse' };

const ERROR_SCHEMAS = {
  FieldError: {
    type: 'object',
    required: ['field', 'message'],
    properties: {
      field: { type: 'string', example: 'settings.halfLifeDays' },
      message: { type: 'string', example: 'must not be less than 7' },
    },
  },
  ErrorResponse: {
    type: 'object',
    required: ['statusCode', 'error', 'code', 'message'],
    properties: {
      statusCode: { type: 'integer', example: 400 },
      error: { type: 'string', example: 'Bad Request' },
      code: {
        type: 'string',
        enum: [...ALL_ERROR_CODES],
        example: 'VALIDATION_FAILED',
        description: 'Stable code to switch on; the message is for people and may change',
      },
      message: { type: 'string' },
      details: { type: 'array', items: { $ref: '#/components/schemas/FieldError' } },
      reference: {
        type: 'string',
        format: 'uuid',
        description: '500 only: the id under which the error is logged',
      },
      currentVersion: {
        type: 'integer',
        description: '409 on a stale version only: the version to reload',
      },
    },
  },
};

const PATH_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The errors a route can answer, from what every route shares: guards, pipes, filter, CSRF check. */
function errorsOf(
  method: string,
  path: string,
  op: Operation,
  isPublic: boolean,
): Record<string, string> {
  const scoped = path.includes('{cid}');
  const mutation = method !== 'get';
  const hasInput = Boolean(op.requestBody) || (op.parameters ?? []).some((p) => p.in === 'query');
  const errors: Record<string, string> = {};
  if (hasInput)
    errors['400'] = 'Invalid input; `details` names each field (unknown fields are rejected)';
  if (!isPublic) errors['401'] = 'Not signed in, or the session expired';
  if (scoped || mutation) {
    errors['403'] = [
      scoped ? 'Your role in this coalition may not do this' : '',
      mutation ? 'a cross-site request (CSRF)' : '',
    ]
      .filter(Boolean)
      .join('; or ');
  }
  if (/\{[^}]+\}/.test(path))
    errors['404'] = scoped ? 'Not found, or not a coalition you are a member of' : 'Not found';
  if (scoped && mutation) {
    errors['409'] =
      method === 'patch'
        ? 'Stale `version` (`currentVersion` holds the current one) or a conflicting state'
        : 'Conflicting state';
  }
  const bodyTypes = Object.keys(op.requestBody?.content ?? {});
  if (bodyTypes.length > 0) errors['415'] = `The body is not ${bodyTypes.join(' or ')}`;
  errors['500'] = 'Unexpected error; `reference` is also in the server log';
  return errors;
}

/**
 * Completes the generated document: the error shape and the errors of every operation, and the
 * path parameters a handler does not read itself (`:cid` is read by the guard).
 */
export function describeErrors(document: OpenAPIObject, routes: RouteAccess[]): OpenAPIObject {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...ERROR_SCHEMAS },
  };
  const publicOps = new Set(
    routes
      .filter((r) => r.isPublic)
      .map((r) => `${r.method.toLowerCase()} /api${r.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`),
  );
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of PATH_METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      op.parameters ??= [];
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
        if (op.parameters.some((p) => p.in === 'path' && p.name === name)) continue;
        op.parameters.unshift({
          name,
          in: 'path',
          required: true,
          schema: { type: 'string', format: 'uuid' },
        } as never);
      }
      const errors = errorsOf(method, path, op, publicOps.has(`${method} ${path}`));
      for (const [status, description] of Object.entries(errors))
        op.responses[status] ??= { description };
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) >= 400)
          response.content ??= { 'application/json': { schema: ERROR_REF } };
      }
    }
  }
  return document;
}
