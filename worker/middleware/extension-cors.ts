import type { Context } from 'hono';
import { cors } from 'hono/cors';

/**
 * Origins of browser-extension pages and content-script fetches: Chrome/Edge use a 32-letter id
 * (a–p), Firefox and Safari a per-install UUID. Nothing after the host: an origin has no path.
 */
const EXTENSION_ORIGIN = /^(?:chrome-extension|moz-extension|safari-web-extension):\/\/[a-z0-9-]{1,64}$/i;

/**
 * Whether a cross-origin caller may read our answers: the extension (any install — its id differs
 * per browser and per unpacked build) and pages the Worker itself serves. Never a wildcard: the API
 * is for Article Lens, not for any site that wants free analysis with its visitors' browsers.
 */
export function isAllowedOrigin(origin: string, workerOrigin: string): boolean {
  return origin === workerOrigin || EXTENSION_ORIGIN.test(origin);
}

/** CORS for the API: echoes an allowed Origin, sends nothing for any other. */
export const extensionCors = () =>
  cors({
    origin: (origin: string, c: Context) => (isAllowedOrigin(origin, new URL(c.req.url).origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization'],
    maxAge: 600,
  });
