/**
 * Issue 6 item 7, in real Chromium with the built extension: the page is not trusted. A page script
 * sees no window message from the extension, and cannot open the sidebar by clicking the launcher
 * through the open shadow root — opening would send the article to the Worker without the reader.
 * The reader's own click still opens it. Needs `npm run build` first.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { part, repoRoot, startLensSession, type LensSession } from './support/lens-session.ts';
import { startStubWorker, type StubWorker } from './support/stub-worker.ts';

const seedPath = '/qhyw/2023-09/26/article.html';
let session: LensSession;
let stub: StubWorker;

beforeAll(async () => {
  session = await startLensSession({ [seedPath]: path.resolve(repoRoot, '../shared/seed/article.html') });
  // A Worker that records every request, so "nothing was sent" can be observed.
  stub = await startStubWorker('server-error');
  await session.setWorkerUrl(stub.url);
});

afterAll(async () => {
  await stub?.close();
  await session?.close();
});

/** Opens the seed page with a page script (main world, before the page's own) that records window messages. */
async function openWithMessageRecorder(errors: string[]): Promise<Page> {
  const page = await session.newPage(errors);
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __pageSawMessages: unknown[] }).__pageSawMessages = seen;
    window.addEventListener('message', (event) => seen.push(event.data));
  });
  await page.goto(`${session.pages.origin}${seedPath}`, { waitUntil: 'load' });
  await page.locator(part('launcher')).waitFor({ state: 'visible', timeout: 15_000 });
  return page;
}

describe('a page script', () => {
  const errors: string[] = [];

  test('receives no window message from the extension', async () => {
    const page = await openWithMessageRecorder(errors);
    try {
      await expect(page.evaluate(() => (window as unknown as { __pageSawMessages: unknown[] }).__pageSawMessages)).resolves.toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('cannot open the sidebar by clicking the launcher; the reader can', async () => {
    const page = await openWithMessageRecorder(errors);
    try {
      const sentBefore = stub.requests.filter((request) => request === 'POST /v1/analyze').length;
      // What any script on the page can do: reach into the open shadow root and click.
      await page.evaluate(() => {
        const host = document.querySelector('article-lens');
        host?.shadowRoot?.querySelector<HTMLButtonElement>('[data-part="launcher"]')?.click();
      });
      // Give a wrongly opened sidebar time to ask the Worker.
      await page.waitForTimeout(1_500);
      await expect(page.locator(part('launcher')).isVisible()).resolves.toBe(true);
      expect(stub.requests.filter((request) => request === 'POST /v1/analyze').length).toBe(sentBefore);

      // The reader's click (a real input event) opens it and asks the Worker.
      await page.locator(part('launcher')).click();
      await expect.poll(() => stub.requests.filter((request) => request === 'POST /v1/analyze').length, { timeout: 15_000 }).toBe(sentBefore + 1);
    } finally {
      await page.close();
    }
    expect(errors).toEqual([]);
  });
});
