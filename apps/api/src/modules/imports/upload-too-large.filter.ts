import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  PayloadTooLargeException,
} from '@nestjs/common';
import { IMPORT_MAX_FILE_BYTES } from '@regiokracht/shared';
import type { Response } from 'express';

/** multer's own "File too large" does not say what the limit is or what to do. */
@Catch(PayloadTooLargeException)
export class UploadTooLargeFilter implements ExceptionFilter {
  catch(_: PayloadTooLargeException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    const megabytes = IMPORT_MAX_FILE_BYTES / (1024 * 1024);
    res.status(413).json({
      statusCode: 413,
      error: 'Payload Too Large',
      message: `The file is larger than ${megabytes} MB. Split it into smaller files, or save only the sheet you need as CSV UTF-8.`,
      details: [{ field: 'file', message: `must be at most ${megabytes} MB` }],
    });
  }
}
