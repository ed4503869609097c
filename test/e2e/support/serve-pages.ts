import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { freePort } from './free-port.ts';

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** A page to serve: its file, and extra response headers (a CSP that keeps a saved page's scripts off). */
export type PageRoute = string | { file: string; headers?: Record<string, string> };

/**
 * A Content-Security-Policy for saved real pages: their own scripts (ads, trackers, frameworks
 * expecting a network we do not have) stay off, so the test sees the article as a reader without
 * those scripts would, and page errors can only come from us. Content scripts are not subject to it.
 */
export const NO_PAGE_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

/**
 * Serves test pages from 127.0.0.1 with node:http: each URL path maps to one HTML file on disk,
 * everything else is 404. Real pages come over HTTP, so the test does too (content scripts do not run
 * on file:// without an extra permission).
 */
export async function servePages(routes: Record<string, PageRoute>): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const { file, headers = {} } = typeof route === 'string' ? { file: route } : route;
    // Saved pages kept gzipped (the corpus's .html.gz) go out as they are, as a server's gzip would.
    const encoding = file.endsWith('.gz') ? { 'content-encoding': 'gzip' } : {};
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...encoding, ...headers }).end(body),
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
