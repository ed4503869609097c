import { createServer, type Server } from 'node:http';
import { freePort } from './free-port.ts';

export interface CountingProxy {
  url: string;
  /** Requests passed on, as "METHOD /path". */
  requests: string[];
  /** How many requests were "METHOD /path". */
  count(request: string): number;
  close(): Promise<void>;
}

/**
 * A pass-through on 127.0.0.1 in front of a real Worker that records every request, so a test can
 * count what the extension sent while the extension still gets the Worker's real answers (the stub
 * Worker only fails). Bodies and statuses pass through unchanged; only content-type is kept of the
 * headers, which is all the extension reads.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${request.method} ${url.pathname}`);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'authorization']) {
        const value = request.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      fetch(`${target}${url.pathname}${url.search}`, { method: request.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined })
        .then(async (answer) => {
          const body = Buffer.from(await answer.arrayBuffer());
          response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' }).end(body);
        })
        .catch(() => response.writeHead(502, { 'content-type': 'text/plain' }).end('proxy could not reach the Worker'));
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: (wanted) => requests.filter((request) => request === wanted).length,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
