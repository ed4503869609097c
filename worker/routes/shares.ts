import { Hono } from 'hono';
import { DELETE_TOKEN_PATTERN, LIMITS, SHARE_ID_PATTERN, ShareCreateRequest, type ShareCreated } from '../../shared/schema/index.ts';
import { ApiError } from '../api-error.ts';
import { limitBody } from '../middleware/limit-body.ts';
import { methodNotAllowed } from '../middleware/method-not-allowed.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { requireJson } from '../middleware/require-json.ts';
import { validateJson } from '../middleware/validate-json.ts';
import { shareStoreFor } from '../share/store.ts';

/** `Authorization: Bearer <token>`; the scheme is case-insensitive (RFC 9110 §11.1). */
const BEARER = /^Bearer +(\S+)$/i;

/**
 * Share links (issue 5): store an analysis, read it back, delete it with the token from create.
 * - `POST /v1/shares` `{url, analysis}` → 201 ShareCreated (429 rate_limited per client, 415, 413 above LIMITS.maxShareBytes,
 *   400 invalid_json / validation_failed, 503 unavailable when KV fails)
 * - `GET /v1/shares/:id` → 200 ShareRecord, 404 not_found (also for malformed ids, never reaching KV)
 * - `DELETE /v1/shares/:id` with `Authorization: Bearer <deleteToken>` → 204; 401 without a bearer
 *   token, 403 with the wrong one, 404 when there is no such share.
 * The share page for people is `GET /s/:id` (routes/share-page.ts).
 */
export const shares = new Hono<{ Bindings: Env }>()
  .post(
    '/',
    rateLimit((env) => env.SHARE_RATE_LIMITER),
    requireJson(),
    limitBody(LIMITS.maxShareBytes),
    validateJson(ShareCreateRequest),
    async (c) => {
      const { record, deleteToken } = await shareStoreFor(c.env).create(c.req.valid('json'));
      const created: ShareCreated = {
        id: record.id,
        url: new URL(`/s/${record.id}`, c.req.url).href,
        deleteToken,
        expiresAt: record.expiresAt,
      };
      c.header('Cache-Control', 'no-store');
      return c.json(created, 201);
    },
  )
  .all('/', methodNotAllowed('POST'))
  .get('/:id', async (c) => {
    const record = await shareStoreFor(c.env).get(c.req.param('id'));
    if (!record) throw shareNotFound();
    // Never cached: after a delete, this URL must answer 404 at once.
    c.header('Cache-Control', 'no-store');
    return c.json(record);
  })
  .delete('/:id', async (c) => {
    const id = c.req.param('id');
    if (!SHARE_ID_PATTERN.test(id)) throw shareNotFound();
    const token = BEARER.exec(c.req.header('authorization') ?? '')?.[1];
    if (!token) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new ApiError(401, 'unauthorized', 'Send the delete token from the share’s creation as Authorization: Bearer <deleteToken>.');
    }
    // A token of the wrong shape cannot match; it is refused like a wrong one, without a KV read.
    const outcome = DELETE_TOKEN_PATTERN.test(token) ? await shareStoreFor(c.env).delete(id, token) : 'forbidden';
    if (outcome === 'not_found') throw shareNotFound();
    if (outcome === 'forbidden') throw new ApiError(403, 'forbidden', 'This delete token does not belong to this share.');
    return c.body(null, 204);
  })
  .all('/:id', methodNotAllowed('GET', 'DELETE'));

function shareNotFound(): ApiError {
  return new ApiError(404, 'not_found', 'No such share: it never existed, has expired, or was deleted.');
}
