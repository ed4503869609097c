import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { freePort } from './free-port.ts';

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves test pages from 127.0.0.1 with node:http: each URL path maps to one HTML file on disk,
 * everything else is 404. Real pages come over HTTP, so the test does too (content scripts do not run
 * on file:// without an extra permission).
 */
export async function servePages(routes: Record<string, string>): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const file = routes[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('cannot read test page'),
    );
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
