import { exports } from 'cloudflare:workers';

/** The Worker's own origin in these tests; any host works, this one says it is not real. */
export const ORIGIN = 'http://lens.test';

/** Sends a request through the Worker's default export (the Hono app), as a browser or the extension would. */
export function call(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, init));
}

/** POSTs a body to /v1/analyze with a JSON content type unless the test says otherwise. */
export function postAnalyze(body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return call('/v1/analyze', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}
