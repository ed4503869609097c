import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { localTargetRefusal } from './local-target.ts';

/** One answered (or failed) request, with its wall time from send to last byte. */
export interface Exchange {
  /** HTTP status, or 0 when there was no answer (connection error, timeout). */
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
  /** Why there was no answer. */
  failure?: string;
}

/** A request that takes longer than this counts as an error (the extension gives up well before). */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * HTTP/1.1 over a keep-alive pool of exactly `connections` sockets, so "50 concurrent connections"
 * means 50 TCP connections to the Worker, reused the way a browser reuses them. node:http rather
 * than fetch: fetch's pool size is not ours to set without a dependency.
 */
export class LoadClient {
  readonly origin: string;
  readonly #agent: http.Agent;

  constructor(origin: string, connections: number) {
    // Checked here as well as on the command line: nothing sends load anywhere but 127.0.0.1.
    const refusal = localTargetRefusal(origin);
    if (refusal) throw new Error(refusal);
    this.origin = origin;
    this.#agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  /** Sends one request; never throws (a failure is `status: 0` with `failure`). */
  request(method: 'GET' | 'POST', path: string, json?: string): Promise<Exchange> {
    const started = performance.now();
    return new Promise((resolve) => {
      const headers: http.OutgoingHttpHeaders = json === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) };
      const request = http.request(`${this.origin}${path}`, { method, agent: this.#agent, headers, timeout: REQUEST_TIMEOUT_MS }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
        response.on('error', (error) => resolve({ status: 0, headers: {}, body: '', ms: performance.now() - started, failure: error.message }));
      });
      request.on('timeout', () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
      request.on('error', (error) => resolve({ status: 0, headers: {}, body: '', ms: performance.now() - started, failure: error.message }));
      request.end(json);
    });
  }

  /** Closes the pooled sockets so the process can exit. */
  close(): void {
    this.#agent.destroy();
  }
}

/** Characters of a body that is not the Worker's error JSON kept in a failure line. */
const BODY_SNIPPET_CHARS = 80;
/** Runs of whitespace, folded so a snippet stays on one line. */
const WHITESPACE = /\s+/g;

/**
 * One line per kind of failure: "POST /v1/analyze: 429 rate_limited (expected 200)" for the Worker's
 * own error JSON, the start of the body for anything else (a proxy's or the runtime's answer), or
 * "no answer (socket hang up)".
 */
export function describeFailure(route: string, exchange: Exchange, expected: number): string {
  if (exchange.status === 0) return `${route}: no answer (${exchange.failure ?? 'unknown'})`;
  let detail = '';
  try {
    const parsed = JSON.parse(exchange.body) as { error?: { code?: unknown } };
    if (typeof parsed.error?.code === 'string') detail = ` ${parsed.error.code}`;
  } catch {
    // Not JSON.
  }
  if (!detail && exchange.body) detail = ` "${exchange.body.replace(WHITESPACE, ' ').trim().slice(0, BODY_SNIPPET_CHARS)}"`;
  return `${route}: ${exchange.status}${detail} (expected ${expected})`;
}
