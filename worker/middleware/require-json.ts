import { createMiddleware } from 'hono/factory';
import { ApiError } from '../api-error.ts';

/** `application/json` or a `+json` suffix type, ignoring parameters such as `; charset=utf-8`. */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;

/**
 * 415 unless the request says its body is JSON. Runs before the body is read, so a wrong type
 * costs nothing; without it Hono's validator would see `{}` and answer a misleading 400.
 */
export const requireJson = () =>
  createMiddleware(async (c, next) => {
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (!JSON_MEDIA_TYPE.test(mediaType)) {
      throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
    }
    await next();
  });
