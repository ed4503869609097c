/**
 * Issue 6 item 7, in real Chromium with the built extension: the page is not trusted. A page script
 * sees no window message from the extension, and cannot open the sidebar by clicking the launcher
 * through the open shadow root — opening would send the article to the Worker without the reader.
 * Nor, once the reader has opened the sidebar, can it press the sidebar's buttons ("Share link",
 * "Analyse anyway") or close it with a fake Esc, not even after moving the button out of the shadow
 * root. The reader's own clicks still work. Needs
 * `npm run build` first.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { part, repoRoot, startLensSession, type LensSession } from './support/lens-session.ts';
import { startStubWorker, type StubWorker } from './support/stub-worker.ts';

const seedPath = '/qhyw/2023-09/26/article.html';
const linkListPath = '/world/';
let session: LensSession;
let stub: StubWorker;

beforeAll(async () => {
  session = await startLensSession({
    [seedPath]: path.resolve(repoRoot, '../shared/seed/article.html'),
    [linkListPath]: path.join(import.meta.dirname, 'fixtures/link-list.html'),
  });
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

/**
 * What any script on the page can do to a control in the open shadow root: `.click()` it and dispatch
 * a click, in place and again after moving it out into the page (past any listener on the shadow
 * root), then put it back where it was.
 */
function pageScriptClicks(page: Page, name: string): Promise<void> {
  return page.evaluate((partName) => {
    const control = document.querySelector('article-lens')?.shadowRoot?.querySelector<HTMLElement>(`[data-part="${partName}"]`);
    if (!control?.parentNode) throw new Error(`no ${partName} in the sidebar`);
    const click = () => {
      control.click();
      control.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    };
    click();
    const [parent, next] = [control.parentNode, control.nextSibling];
    document.body.append(control);
    click();
    parent.insertBefore(control, next);
  }, name);
}

const sent = (request: string) => stub.requests.filter((seen) => seen === request).length;

describe('a page script, once the reader opened the sidebar', () => {
  const errors: string[] = [];

  test('cannot create a share link or close the sidebar; the reader can share', async () => {
    const page = await session.newPage(errors);
    try {
      await page.goto(`${session.pages.origin}${seedPath}`, { waitUntil: 'load' });
      await page.locator(part('launcher')).click({ timeout: 15_000 });
      // The stub Worker fails, so the analysis runs locally; the share buttons are there all the same.
      await page.locator(part('share-link')).waitFor({ state: 'visible', timeout: 30_000 });
      const sharesBefore = sent('POST /v1/shares');

      await pageScriptClicks(page, 'share-link');
      // A fake Esc on the panel, which would close the sidebar if it were believed.
      await page.evaluate(() => {
        const panel = document.querySelector('article-lens')?.shadowRoot?.querySelector('.al-overlay');
        panel?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
      });
      // Give a wrongly accepted click time to reach the Worker.
      await page.waitForTimeout(1_500);
      expect(sent('POST /v1/shares')).toBe(sharesBefore);
      await expect(page.locator(part('share-status')).textContent()).resolves.toBe('');
      await expect(page.locator(part('share-error')).count()).resolves.toBe(0);
      await expect(page.locator(part('summary')).isVisible()).resolves.toBe(true);

      // The reader's click creates the share (the stub's share storage fails: 503, and the sidebar says so).
      await page.locator(part('share-link')).click();
      await expect.poll(() => sent('POST /v1/shares'), { timeout: 15_000 }).toBe(sharesBefore + 1);
      await page.locator(part('share-error')).waitFor({ state: 'visible', timeout: 15_000 });
    } finally {
      await page.close();
    }
    expect(errors).toEqual([]);
  });

  test('cannot press "Analyse anyway" on a page that is not an article; the reader can', async () => {
    const page = await session.newPage(errors);
    const url = `${session.pages.origin}${linkListPath}`;
    try {
      await page.goto(url, { waitUntil: 'load' });
      // The toolbar button, once the content script listens (it registers after detection).
      await expect.poll(() => session.clickToolbarButton(url).then(() => 'answered', (error: Error) => error.message), { timeout: 10_000 })
        .toBe('answered');
      await page.locator(part('analyse-anyway')).waitFor({ state: 'visible', timeout: 15_000 });
      const analysesBefore = sent('POST /v1/analyze');

      await pageScriptClicks(page, 'analyse-anyway');
      await page.waitForTimeout(1_500);
      expect(sent('POST /v1/analyze')).toBe(analysesBefore);
      await expect(page.locator(part('not-article')).isVisible()).resolves.toBe(true);

      await page.locator(part('analyse-anyway')).click();
      await expect.poll(() => sent('POST /v1/analyze'), { timeout: 15_000 }).toBe(analysesBefore + 1);
    } finally {
      await page.close();
    }
    expect(errors).toEqual([]);
  });
});
