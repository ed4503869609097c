import { Hono } from 'hono';
import { methodNotAllowed } from '../middleware/method-not-allowed.ts';
import { shareStoreFor } from '../share/store.ts';
import { shareNotFoundPage, sharePage } from '../views/share-page.ts';

/**
 * `GET /s/:id`: the share as a page for people and link previews (Open Graph/Twitter meta). The
 * strict CSP and other headers come from the app-wide security-headers middleware; unknown, expired
 * and deleted shares get an HTML 404 with the same headers. A KV outage still answers the shared
 * error JSON (503) through the one error mapper.
 */
export const sharePages = new Hono<{ Bindings: Env }>()
  .get('/:id', async (c) => {
    const record = await shareStoreFor(c.env).get(c.req.param('id'));
    // Never cached: after a delete, the page must answer 404 at once.
    c.header('Cache-Control', 'no-store');
    if (!record) return c.html(shareNotFoundPage(), 404);
    return c.html(sharePage(record, { pageUrl: new URL(c.req.path, c.req.url).href }));
  })
  .all('/:id', methodNotAllowed('GET'));
