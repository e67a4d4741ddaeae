// Reads a multipart/form-data upload (multer 2, in memory, one `file` part plus text fields), the
// form a dashboard BFF forwards as it got it. Limits and malformed bodies are problem+json: 413 for
// a file over DOCUMENT_MAX_BYTES, 415 for a body that is not multipart, 400 otherwise.
import { AppError } from '@govconnect/service-kit';
import type { RequestHandler } from 'express';
import multer from 'multer';

export function documentUpload(maxBytes: number): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8', // file names as browsers and fetch's FormData send them
    limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  }).single('file');

  return (req, res, next) => {
    if (!req.is('multipart/form-data')) {
      next(
        new AppError({
          code: 'UNSUPPORTED_MEDIA_TYPE',
          status: 415,
          message: 'Send the document as multipart/form-data with the file in a part named "file".',
        }),
      );
      return;
    }
    upload(req, res, (err?: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') {
        return next(
          new AppError({
            code: 'DOCUMENT_TOO_LARGE',
            status: 413,
            message: `The document is larger than ${maxBytes} bytes.`,
            details: { maxBytes },
          }),
        );
      }
      const reason = err instanceof Error ? err.message : String(err);
      next(AppError.badRequest('INVALID_UPLOAD', `The upload could not be read: ${reason}.`));
    });
  };
}
