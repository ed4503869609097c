import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../api-error.ts';

/**
 * 413 `payload_too_large` for a body above `maxBytes`, before anything parses it. Hono's bodyLimit
 * checks Content-Length when there is one and otherwise counts the stream as it arrives (chunked
 * uploads, bodies without a length), so a client cannot get past it by leaving the length out.
 *
 * @example app.post('/', requireJson(), limitBody(LIMITS.maxBodyBytes), validateJson(Schema), handler)
 */
export const limitBody = (maxBytes: number) =>
  bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `The body is larger than ${maxBytes} bytes.`);
    },
  });
