/**
 * A good guest on every corpus page (the seed, 62 Chinese news pages, 4 Chinese listings, 9 English
 * pages and 236 mixed pages: articles, forums, products, listings, services), in real Chromium with the
 * built extension: the sidebar opens (from the context menu's message, so pages that detection rejects
 * are covered too), an outline click, a term toggle and Esc run, and afterwards the page's DOM outside
 * the overlay is exactly what it was and the extension logged no error. Saved pages run without their
 * own scripts (NO_PAGE_SCRIPTS), so every change or error could only be ours. On the labelled pages the
 * sidebar must also show an analysis, not an error state.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { part, repoRoot, startLensSession, type LensSession } from './support/lens-session.ts';
import { highlightNames, pageDomOutsideOverlay } from './support/page-probes.ts';
import { NO_PAGE_SCRIPTS } from './support/serve-pages.ts';

const corpus = path.resolve(repoRoot, '../shared/corpus');
/** Pages with gold labels: `labels/<set>__<name>.json` ↔ `pages/<set>/<name>.html`. */
const LABELLED = new Set(readdirSync(path.join(corpus, 'labels'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, '').replace('__', '/')));
/** Every corpus page, `pages/<set>/<name>.html` or `.html.gz`. */
const PAGES = readdirSync(path.join(corpus, 'pages')).flatMap((set) => readdirSync(path.join(corpus, 'pages', set))
  .filter((file) => /\.html(?:\.gz)?$/.test(file))
  .map((file) => {
    const id = `${set}/${file.replace(/\.html(?:\.gz)?$/, '')}`;
    return { id, file: path.join(corpus, 'pages', set, file), path: `/${id}/index.html`, labelled: LABELLED.has(id) };
  }));

let session: LensSession;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  session = await startLensSession(Object.fromEntries(PAGES.map((corpusPage) => [
    corpusPage.path,
    // No charset: several Chinese pages are GBK and say so in their own <meta>.
    { file: corpusPage.file, headers: { ...NO_PAGE_SCRIPTS, 'content-type': 'text/html' } },
  ])), { workerEnv: 'load' }); // 321 analyses in a few minutes: far above one reader's rate limit
  page = await session.newPage(errors);
});

afterAll(async () => {
  await session?.close();
});

describe('a good guest on every corpus page', () => {
  test('there are pages to check', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(300);
    expect(PAGES.filter((corpusPage) => corpusPage.labelled).length).toBeGreaterThanOrEqual(20);
  });

  test.each(PAGES)('$id: sidebar, outline click, term toggle and Esc leave the page as it was', async (corpusPage) => {
    const url = `${session.pages.origin}${corpusPage.path}`;
    errors.length = 0;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const before = await pageDomOutsideOverlay(page);
    // The context menu's "Summarize this article", sent once the content script listens.
    await expect.poll(() => session.browser.serviceWorker.evaluate(async (pageUrl) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } };
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'open-sidebar', data: undefined }, { frameId: 0 }).then(() => 'opened', (error: Error) => error.message);
    }, url), { timeout: 10_000 }).toBe('opened');
    await page.locator(`${part('outline')}, ${part('not-article')}, ${part('error')}`).first().waitFor({ state: 'visible', timeout: 30_000 });
    const error = page.locator(part('error'));
    if (corpusPage.labelled && await error.isVisible()) throw new Error(`sidebar shows an error: ${await error.innerText()}`);

    const outlineItem = page.locator(`${part('outline')} button.al-outline-item`).first();
    if (await outlineItem.count()) await outlineItem.click();
    const chip = page.locator(`${part('terms')} button.al-chip`).first();
    if (await chip.count()) {
      await chip.click();
      await chip.click();
    }
    await page.locator('article-lens .al-overlay').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('article-lens .al-overlay:not([hidden])').count()).toBe(0);
    await expect(highlightNames(page)).resolves.toEqual([]);
    await expect(page.evaluate(() => document.adoptedStyleSheets.length)).resolves.toBe(0);
    expect(await pageDomOutsideOverlay(page), 'page DOM outside the overlay').toBe(before);
    expect(errors).toEqual([]);
  });
});
