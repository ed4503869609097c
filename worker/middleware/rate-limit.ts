import { createMiddleware } from 'hono/factory';
import { ApiError } from '../api-error.ts';
import { clientKey } from '../client-key.ts';

/**
 * What a 429 tells the client to wait, in seconds. The rate-limiting binding answers only
 * success/failure, not when its window ends; its period is 10 or 60 s, so after 60 s a fresh window
 * has always begun, whichever period wrangler.toml sets.
 */
export const RETRY_AFTER_SECONDS = 60;

/**
 * 429 `rate_limited` with `Retry-After` once a client (clientKey: its IP, or its IPv6 /64) has used
 * up the limiter's budget. The budgets live in wrangler.toml (`[[ratelimits]]`: limit per 10 or 60 s,
 * counted per Cloudflare location); miniflare implements the same binding, so `wrangler dev` and the
 * tests limit exactly as production does.
 *
 * If the limiter itself fails, the request goes through: an outage of the counter must not take the
 * API down with it, and the body and size limits still bound what one request can cost.
 *
 * @example app.post('/', rateLimit((env) => env.ANALYZE_RATE_LIMITER), …)
 */
export const rateLimit = (limiterFor: (env: Env) => RateLimit) =>
  createMiddleware<{ Bindings: Env }>(async (c, next) => {
    let allowed = true;
    try {
      ({ success: allowed } = await limiterFor(c.env).limit({ key: clientKey(c.req.raw) }));
    } catch (error) {
      console.error('rate limiter failed; letting the request through:', error instanceof Error ? error.message : String(error));
    }
    if (!allowed) {
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      throw new ApiError(429, 'rate_limited', `Too many requests from this address; try again in ${RETRY_AFTER_SECONDS} seconds.`);
    }
    await next();
  });
