import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../shared/schema/index.ts';

/**
 * An error the API answers on purpose: the status plus the shared machine-readable code.
 * Throw it from middleware or handlers; `handleError` turns it into `{"error": {"code", "message"}}`.
 *
 * @example throw new ApiError(415, 'unsupported_media_type', 'Send Content-Type: application/json.')
 */
export class ApiError extends HTTPException {
  readonly code: ErrorCode;

  constructor(status: ContentfulStatusCode, code: ErrorCode, message: string) {
    super(status, { message });
    this.code = code;
  }
}
