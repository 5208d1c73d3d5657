import { Injectable, type NestMiddleware } from '@nestjs/common';
import { CommonErrorCode, type ErrorResponse, type FieldError } from '@regiokracht/shared';
import type { NextFunction, Request, Response } from 'express';
import { findHostileText, findInvalidUtf8 } from './hostile-text';

/**
 * The edge rule for every route, before guards and handlers: a query or JSON body holding NUL, a
 * lone surrogate or invalid UTF-8 answers 400 naming the field. Registered as module middleware
 * because Nest's body parsers run after `app.use()` middleware but before module middleware.
 * (Multipart fields are parsed later, by the upload interceptor: the ValidationPipe checks those.)
 */
@Injectable()
export class HostileInputMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const problem =
      findInvalidUtf8(req.originalUrl) ?? findHostileText(req.query) ?? findHostileText(req.body);
    if (!problem) {
      next();
      return;
    }
    res.status(400).json(badRequest(problem));
  }
}

function badRequest(problem: FieldError): ErrorResponse {
  return {
    statusCode: 400,
    error: 'Bad Request',
    code: CommonErrorCode.VALIDATION_FAILED,
    message: `${problem.field}: ${problem.message}`,
    details: [problem],
  };
}
