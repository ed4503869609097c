import { exports } from 'cloudflare:workers';

/** The Worker's own origin in these tests; any host works, this one says it is not real. */
export const ORIGIN = 'http://lens.test';

/**
 * A client address of its own (documentation range 2001:db8::/32, a random /64), as Cloudflare's
 * edge sets CF-Connecting-IP. The Worker rate-limits per client, and these tests play many readers:
 * one address for the whole run would hit the production limits that wrangler.toml sets.
 */
export function freshClientAddress(): string {
  const [a = 0, b = 0] = crypto.getRandomValues(new Uint16Array(2));
  return `2001:db8:${a.toString(16)}:${b.toString(16)}::1`;
}

/**
 * Sends a request through the Worker's default export (the Hono app), as a browser or the extension
 * would: from a fresh client address unless the test sets `cf-connecting-ip` itself.
 */
export function call(path: string, init?: RequestInit): Promise<Response> {
  const request = new Request(`${ORIGIN}${path}`, init);
  if (!request.headers.has('cf-connecting-ip')) request.headers.set('cf-connecting-ip', freshClientAddress());
  return exports.default.fetch(request);
}

/** POSTs a body to /v1/analyze with a JSON content type unless the test says otherwise. */
export function postAnalyze(body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return call('/v1/analyze', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}
