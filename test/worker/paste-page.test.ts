import { describe, expect, it } from 'vitest';
import { call } from './support.ts';

/** The policy the paste page must be served with: only our own files, nothing inline, no framing. */
const EXPECTED_CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

function directivesOf(csp: string | null): string[] {
  return (csp ?? '').split(';').map((directive) => directive.trim()).filter(Boolean);
}

describe('GET /', () => {
  it('serves the paste page as HTML with the strict CSP and security headers', async () => {
    const res = await call('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(directivesOf(res.headers.get('content-security-policy')).sort()).toEqual([...EXPECTED_CSP_DIRECTIVES].sort());
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('has the form controls: text area, title checkbox, file input for .html, analyse button, result area', async () => {
    const page = await (await call('/')).text();
    expect(page).toMatch(/<form id="paste-form"/);
    expect(page).toMatch(/<textarea id="article-text"/);
    expect(page).toMatch(/<input id="first-line-title"[^>]*type="checkbox"/);
    expect(page).toMatch(/<input id="article-file"[^>]*type="file"[^>]*accept="[^"]*\.html/);
    expect(page).toMatch(/<button id="analyze-button" type="submit">/);
    expect(page).toMatch(/<section id="result"/);
  });

  it('labels in both Chinese and English', async () => {
    const page = await (await call('/')).text();
    expect(page).toContain('文章正文');
    expect(page).toContain('Article text');
    expect(page).toContain('打开 .html 文件');
    expect(page).toContain('Open .html file');
  });

  it('loads its code from /app.js and /app.css, with no inline script or style', async () => {
    const page = await (await call('/')).text();
    expect(page).toContain('<script type="module" src="/app.js"></script>');
    expect(page).toContain('<link rel="stylesheet" href="/app.css">');
    const scriptTags = page.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.every((tag) => /\bsrc="\//.test(tag))).toBe(true);
    expect(page).not.toMatch(/<style\b|\sstyle="|\son[a-z]+=/i);
  });

  it('carries the security headers on JSON errors too', async () => {
    const res = await call('/missing');
    expect(res.status).toBe(404);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('refuses POST / with 405', async () => {
    const res = await call('/', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(await res.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });
});
