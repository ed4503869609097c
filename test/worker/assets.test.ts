import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

/**
 * The paste page's client is a Workers static asset (wrangler.toml [assets], built into dist/web by
 * `npm run build:web`). `exports.default.fetch` reaches only the Hono app, so these go through the
 * ASSETS binding, the same asset server that answers /app.js before the app runs.
 */
describe('static assets', () => {
  it('serves /app.js as JavaScript, never sniffed as anything else', async () => {
    const res = await env.ASSETS.fetch('http://lens.test/app.js');
    expect(res.status, 'dist/web/app.js is missing: run `npm run build:web` first').toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const code = await res.text();
    // The bundle carries the renderer and the form wiring, not a placeholder.
    expect(code).toContain('/v1/analyze');
    expect(code).toContain('article-text');
  });

  it('serves /app.css with the sidebar styles', async () => {
    const res = await env.ASSETS.fetch('http://lens.test/app.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/css/);
    expect(await res.text()).toContain('.al-sidebar');
  });

  it('does not serve the _headers rules file', async () => {
    const res = await env.ASSETS.fetch('http://lens.test/_headers');
    expect(res.status).toBe(404);
  });
});
