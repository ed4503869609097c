import { createServer, type Server } from 'node:http';
import { freePort } from './free-port.ts';

/** How the stub answers: each a fault the extension must survive. */
export type StubFault = 'server-error' | 'malformed-json' | 'kv-unavailable';

export interface StubWorker {
  url: string;
  /** Requests seen, as "METHOD /path". */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A stand-in for a failing Worker on 127.0.0.1: `/v1/analyze` answers 500 with the error JSON or 200
 * with a body that is not JSON; `/v1/shares` answers 503 unavailable, as the real Worker does when its
 * KV store fails. /health answers, so the failure is the API's, not the network's.
 */
export async function startStubWorker(fault: StubFault): Promise<StubWorker> {
  const requests: string[] = [];
  const json = (status: number, body: unknown) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(`${request.method} ${path}`);
    request.resume();
    request.on('end', () => {
      let answer = json(404, { error: { code: 'not_found', message: 'no such route' } });
      if (path === '/health') answer = json(200, { ok: true });
      else if (path === '/v1/analyze') {
        answer = fault === 'malformed-json'
          ? { status: 200, headers: { 'content-type': 'application/json' }, body: '{"title": "cut off' }
          : json(500, { error: { code: 'internal', message: 'Something broke in the Worker.' } });
      } else if (path === '/v1/shares') {
        answer = json(503, { error: { code: 'unavailable', message: 'Share storage is unavailable; try again later.' } });
      }
      response.writeHead(answer.status, answer.headers).end(answer.body);
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
