import type { Handler } from 'hono';
import { ApiError } from '../api-error.ts';

/**
 * The handler for every other method on a path that exists: 405 with an `Allow` header, so a client
 * that GETs an endpoint learns what it accepts instead of seeing a 404.
 *
 * @example app.post('/', …).all('/', methodNotAllowed('POST'))
 */
export function methodNotAllowed(...allowed: string[]): Handler {
  const allow = allowed.join(', ');
  return (c) => {
    c.header('Allow', allow);
    throw new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed here; use ${allow}.`);
  };
}
