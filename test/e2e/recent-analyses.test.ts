/**
 * Issue 6 item 4, the extension's half, in real Chromium with the built extension against the real
 * local Worker (through a proxy that counts requests): reopening the sidebar on the same page with the
 * same content — after closing it, reloading the page, even after the background service worker was
 * stopped, even with the Worker unreachable — shows the same analysis without asking the Worker again;
 * the same URL with changed content asks again. Needs `npm run build` first.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startCountingProxy, type CountingProxy } from './support/counting-proxy.ts';
import { part, repoRoot, startLensSession, type LensSession } from './support/lens-session.ts';

const ANALYZE = 'POST /v1/analyze';
const seedPath = '/qhyw/2023-09/26/article.html';
/** Words of the seed's first paragraph (found once in the page) that the edit below changes. */
const EDITED_FROM = '在北京召开。习近平总书记';
const EDITED_TO = '在北京隆重召开。习近平总书记';

let session: LensSession;
let proxy: CountingProxy;
let pageDir: string;
let pageFile: string;

beforeAll(async () => {
  // The page is served from a copy the test can edit; the server reads the file on every request.
  pageDir = await mkdtemp(path.join(tmpdir(), 'article-lens-recent-'));
  pageFile = path.join(pageDir, 'article.html');
  await copyFile(path.resolve(repoRoot, '../shared/seed/article.html'), pageFile);
  session = await startLensSession({ [seedPath]: pageFile });
  proxy = await startCountingProxy(session.worker.url);
  await session.setWorkerUrl(proxy.url);
});

afterAll(async () => {
  await proxy?.close();
  await session?.close();
  if (pageDir) await rm(pageDir, { recursive: true, force: true });
});

interface Shown {
  summary: string[];
  outline: string[];
  speakers: string[];
  terms: string[];
}

/** Loads (or reloads) the page, opens the sidebar from the launcher and returns what it shows. */
async function openAndRead(page: Page, how: 'goto' | 'reload'): Promise<Shown> {
  if (how === 'goto') await page.goto(`${session.pages.origin}${seedPath}`, { waitUntil: 'load' });
  else await page.reload({ waitUntil: 'load' });
  await page.locator(part('launcher')).click({ timeout: 15_000 });
  await page.locator(`${part('outline')}, ${part('error')}`).first().waitFor({ state: 'visible', timeout: 30_000 });
  const error = page.locator(part('error'));
  if (await error.isVisible()) throw new Error(`sidebar shows an error: ${await error.innerText()}`);
  // Came from the Worker, not the local fallback.
  await expect(page.locator(part('local-note')).count()).resolves.toBe(0);
  return {
    summary: await page.locator(`${part('summary')} li`).allTextContents(),
    outline: await page.locator(`${part('outline')} .al-outline-title`).allTextContents(),
    speakers: await page.locator(`${part('speakers')} .al-speaker-name`).allTextContents(),
    terms: await page.locator(`${part('terms')} button`).allTextContents(),
  };
}

/**
 * Watches the extension's background service worker through the DevTools protocol (from one of the
 * extension's own pages, whose session can see it) and stops it, as Chrome does after 30 s idle: the
 * next message starts a new instance with empty memory.
 */
async function watchBackground(): Promise<{ stop(): Promise<void>; statuses: string[]; close(): Promise<void> }> {
  // Node's URL gives chrome-extension: URLs an opaque ("null") origin.
  const { protocol, host } = new URL(session.browser.serviceWorker.url());
  const origin = `${protocol}//${host}`;
  const extensionPage = await session.browser.context.newPage();
  await extensionPage.goto(`${origin}/options.html`);
  const cdp = await session.browser.context.newCDPSession(extensionPage);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.scriptURL.startsWith(`${origin}/`)) statuses.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    statuses,
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => statuses.at(-1), { timeout: 15_000 }).toBe('stopped');
    },
    async close() {
      await cdp.detach();
      await extensionPage.close();
    },
  };
}

describe('the background reuses the Worker’s analysis', () => {
  let page: Page;
  const errors: string[] = [];
  let first: Shown;

  beforeAll(async () => {
    page = await session.newPage(errors);
  });

  afterAll(async () => {
    await page?.close();
  });

  test('open, close, reload, open again: one analyze request, the same analysis', async () => {
    first = await openAndRead(page, 'goto');
    expect(first.outline.length).toBeGreaterThan(0);
    expect(first.speakers.length).toBeGreaterThan(0);
    expect(proxy.count(ANALYZE)).toBe(1);

    await page.keyboard.press('Escape');
    await page.locator(part('launcher')).waitFor({ state: 'visible' });
    const again = await openAndRead(page, 'reload');
    expect(again).toEqual(first);
    expect(proxy.count(ANALYZE)).toBe(1);
    expect(errors).toEqual([]);
  });

  test('the reuse survives the background service worker being stopped (session storage, not memory)', async () => {
    const background = await watchBackground();
    try {
      await background.stop();
      const stoppedAt = background.statuses.length;
      const again = await openAndRead(page, 'reload');
      // Opening woke a new instance of the background, whose memory started empty.
      expect(background.statuses.slice(stoppedAt)).toContain('running');
      expect(again).toEqual(first);
      expect(proxy.count(ANALYZE)).toBe(1);
    } finally {
      await background.close();
    }
    expect(errors).toEqual([]);
  });

  test('the same URL with changed content asks the Worker again', async () => {
    const html = await readFile(pageFile, 'utf8');
    expect(html).toContain(EDITED_FROM);
    await writeFile(pageFile, html.replace(EDITED_FROM, EDITED_TO));
    const before = proxy.count(ANALYZE);
    await openAndRead(page, 'reload');
    expect(proxy.count(ANALYZE)).toBe(before + 1);
    expect(errors).toEqual([]);
  });

  test('with the Worker unreachable, a page analysed before still shows the Worker’s analysis', async () => {
    const shown = await openAndRead(page, 'reload');
    const before = proxy.count(ANALYZE);
    await proxy.close();
    // openAndRead checks there is no local-analysis note: the answer is the Worker's, from the cache.
    await expect(openAndRead(page, 'reload')).resolves.toEqual(shown);
    expect(proxy.count(ANALYZE)).toBe(before);
    expect(errors).toEqual([]);
  });
});
