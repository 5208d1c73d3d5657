import type { NextFunction, Request, Response } from 'express';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * A request that sends a body must send JSON (or a file upload to an import route); otherwise the
 * body parser would silently ignore it and validation would blame missing fields instead.
 */
export function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 ||
    req.headers['transfer-encoding'] !== undefined;
  if (
    !WITH_BODY.has(req.method) ||
    !hasBody ||
    req.is(['application/json', 'multipart/form-data'])
  ) {
    next();
    return;
  }
  res.status(415).json({
    statusCode: 415,
    error: 'Unsupported Media Type',
    message: 'Send the request body as application/json',
  });
}
