import type { LoadClient } from './http-client.ts';
import { shareBody } from './share-requests.ts';

/** The limiter's windows are whole minutes of the wall clock (miniflare: epoch = now / period). */
const WINDOW_MS = 60_000;
/** Never start counting a route with less than this left in the window: the count would span two. */
const WINDOW_MARGIN_MS = 20_000;
/** More requests than any limit in wrangler.toml; a route still not limited after this many has no limit. */
const MAX_PROBES = 500;
/** The smallest valid article: the limiter answers before the body is even read. */
const TINY_ANALYZE = JSON.stringify({ blocks: [{ id: 'b1', kind: 'paragraph', text: 'Jane Doe said prices would rise.' }] });

export interface LimitedRoute {
  route: string;
  /** Requests answered normally before the first 429, within one window. */
  allowed: number;
  /** Status of the first refused request (429 expected), null if none was refused. */
  refusedStatus: number | null;
  retryAfter: string | null;
  errorCode: string | null;
  /** How long the probing took, ms. */
  ms: number;
}

export interface LimiterResult {
  routes: LimitedRoute[];
  /** Status of GET /v1/shares/:id once share creation is limited (reading is not limited: 200). */
  readWhileLimited: number | null;
  ok: boolean;
}

/**
 * Measures the production rate limits under wrangler dev: one client (every local request is the same
 * client) sends requests one at a time until the first 429, per limited route, each inside one window.
 * Here a 429 is the expected outcome; an unlimited route, a missing Retry-After or a wrong error code
 * is the failure.
 */
export async function measureLimiter(client: LoadClient, log: (line: string) => void): Promise<LimiterResult> {
  let analysisJson: string | null = null;
  const analyze = await probe(client, 'POST /v1/analyze', '/v1/analyze', () => TINY_ANALYZE, log, (body) => {
    analysisJson ??= body;
  });
  if (analysisJson === null) throw new Error('no analyze request succeeded, so there is no analysis to share');
  const analysis: string = analysisJson;
  let sharedId: string | null = null;
  const shares = await probe(client, 'POST /v1/shares', '/v1/shares', (serial) => shareBody(`https://load.invalid/limiter/${serial}`, analysis), log, (body) => {
    sharedId ??= (JSON.parse(body) as { id: string }).id;
  });
  const readWhileLimited = sharedId === null ? null : (await client.request('GET', `/v1/shares/${sharedId}`)).status;
  const routes = [analyze, shares];
  const ok = routes.every((route) => route.allowed > 0 && route.refusedStatus === 429 && route.retryAfter !== null && route.errorCode === 'rate_limited') && readWhileLimited === 200;
  return { routes, readWhileLimited, ok };
}

async function probe(client: LoadClient, route: string, path: string, bodyFor: (serial: number) => string, log: (line: string) => void, onSuccess: (body: string) => void): Promise<LimitedRoute> {
  const left = WINDOW_MS - (Date.now() % WINDOW_MS);
  if (left < WINDOW_MARGIN_MS) {
    log(`  waiting ${Math.ceil(left / 1_000)} s for a fresh rate-limit window before ${route}…`);
    await new Promise((resolve) => setTimeout(resolve, left + 100));
  }
  const started = Date.now();
  let allowed = 0;
  for (let serial = 0; serial < MAX_PROBES; serial += 1) {
    const exchange = await client.request('POST', path, bodyFor(serial));
    if (exchange.status === 200 || exchange.status === 201) {
      allowed += 1;
      onSuccess(exchange.body);
      continue;
    }
    let errorCode: string | null = null;
    try {
      errorCode = (JSON.parse(exchange.body) as { error?: { code?: string } }).error?.code ?? null;
    } catch {
      // Not an error body.
    }
    const retryAfter = exchange.headers['retry-after'];
    return { route, allowed, refusedStatus: exchange.status, retryAfter: typeof retryAfter === 'string' ? retryAfter : null, errorCode, ms: Date.now() - started };
  }
  return { route, allowed, refusedStatus: null, retryAfter: null, errorCode: null, ms: Date.now() - started };
}
