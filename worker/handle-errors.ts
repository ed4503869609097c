import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorBody, type ErrorCode } from '../shared/schema/index.ts';
import { ApiError } from './api-error.ts';

/**
 * Codes for the HTTP errors Hono's own middleware raises (body limit, validator, mount checks).
 * They carry a status but no code of ours; anything unlisted is a generic `bad_request`.
 */
const CODE_FOR_STATUS: Partial<Record<number, ErrorCode>> = {
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

/**
 * The one error mapper: every failure leaves the Worker as the shared error JSON. Unexpected errors
 * become a 500 `internal` whose message never includes the request (it may hold article text).
 */
export const handleError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code = CODE_FOR_STATUS[status] ?? (status >= 500 ? 'internal' : 'bad_request');
    return c.json(errorBody(code, err.message || 'The request could not be handled.'), status);
  }
  console.error('unhandled error', err instanceof Error ? (err.stack ?? err.message) : String(err));
  return c.json(errorBody('internal', 'Something went wrong on our side.'), 500);
};

/** Unknown routes answer JSON too, so clients never have to parse an HTML or text 404. */
export const handleNotFound: NotFoundHandler = (c: Context) =>
  c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path.slice(0, 200)}.`), 404);
