/**
 * Reading with the sidebar in real Chromium, as a person does, on the Chinese seed page and two
 * English corpus pages: open it from the launcher (summary first, every panel), click an outline item
 * (the page scrolls to that section and flashes it), click a quote (the page shows exactly those words
 * highlighted with the CSS Custom Highlight API), click a term (every occurrence highlighted; a second
 * click removes them), make a share link (its page lists the same outline and speakers) and copy the
 * Markdown (exactly the shared analysis's), then Esc (highlights and their stylesheet gone, the page's
 * DOM untouched).
 * Screenshots of the sidebar go to docs/screenshots/. Needs `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analysisToMarkdown } from '../../extension/sidebar/markdown.ts';
import { ShareRecord } from '../../shared/schema/index.ts';
import { part, repoRoot, startLensSession, type LensSession } from './support/lens-session.ts';
import { highlightNames, highlightTexts, keepFirstRange, keptRangePosition, pageDomOutsideOverlay } from './support/page-probes.ts';
import { NO_PAGE_SCRIPTS } from './support/serve-pages.ts';

const corpus = path.resolve(repoRoot, '../shared/corpus');
const screenshots = path.join(repoRoot, 'docs/screenshots');
mkdirSync(screenshots, { recursive: true });

interface ReadingCase {
  name: string;
  path: string;
  file: string;
  /** Saved real pages run without their own scripts (see NO_PAGE_SCRIPTS). */
  headers?: Record<string, string>;
  /** Interface language for this page, set on the options page's storage item. */
  language: 'zh' | 'en';
  /** Screenshot file prefix, or null for none. */
  screenshot: string | null;
}

const CASES: ReadingCase[] = [
  { name: 'the Chinese seed article', path: '/qhyw/2023-09/26/article.html', file: path.resolve(repoRoot, '../shared/seed/article.html'), language: 'zh', screenshot: 'sidebar-zh-seed' },
  // CNN's corpus page quotes no one (its gold labels list no speakers), so BuzzFeed's stands in for it.
  { name: 'BuzzFeed (English)', path: '/article/student-dies-after-diet-pills.html', file: path.join(corpus, 'pages/rb/buzzfeed-1.html'), headers: NO_PAGE_SCRIPTS, language: 'en', screenshot: null },
  { name: 'The New York Times (English)', path: '/2017/01/nyregion/nytimes-3.html', file: path.join(corpus, 'pages/rb/nytimes-3.html'), headers: NO_PAGE_SCRIPTS, language: 'en', screenshot: 'sidebar-en-nytimes' },
];

/** Collapses whitespace as extraction does, for comparing page text with sidebar text. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

let session: LensSession;

beforeAll(async () => {
  session = await startLensSession(Object.fromEntries(CASES.map((c) => [c.path, { file: c.file, headers: c.headers ?? {} }])));
  await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.pages.origin });
});

afterAll(async () => {
  await session?.close();
});

describe.each(CASES)('reading $name', (readingCase) => {
  let page: Page;
  const errors: string[] = [];
  let domBefore = '';
  let sheetsBefore = -1;

  beforeAll(async () => {
    await session.setSettings({ language: readingCase.language, theme: 'light', launcher: 'show' });
    page = await session.newPage(errors);
  });

  afterAll(async () => {
    await page?.close();
    await session.setSettings({ language: 'auto', theme: 'system' });
  });

  test('the launcher opens the sidebar with the summary first and every panel filled', async () => {
    await page.goto(`${session.pages.origin}${readingCase.path}`, { waitUntil: 'domcontentloaded' });
    const launcher = page.locator(part('launcher'));
    await launcher.waitFor({ state: 'visible', timeout: 15_000 });
    domBefore = await pageDomOutsideOverlay(page);
    sheetsBefore = await page.evaluate(() => document.adoptedStyleSheets.length);

    await launcher.click();
    await page.locator(`${part('outline')}, ${part('error')}`).first().waitFor({ state: 'visible', timeout: 30_000 });
    const error = page.locator(part('error'));
    if (await error.isVisible()) throw new Error(`sidebar shows an error: ${await error.innerText()}`);
    await expect(page.locator(part('local-note')).count(), 'analysed by the Worker, not locally').resolves.toBe(0);

    const order = await page.locator('article-lens .al-body > [data-part]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-part')));
    expect(order).toEqual(['summary', 'outline', 'speakers', 'terms', 'share']);
    await expect(page.locator(`${part('summary')} .al-summary p`).count(), 'summary sentences').resolves.toBeGreaterThan(0);
    await expect(page.locator(`${part('outline')} .al-outline-item`).count(), 'outline items').resolves.toBeGreaterThan(0);
    await expect(page.locator(`${part('speakers')} .al-speaker-name`).count(), 'speakers').resolves.toBeGreaterThan(0);
    await expect(page.locator(`${part('terms')} button.al-chip`).count(), 'terms').resolves.toBeGreaterThan(0);
    for (const name of ['copy-markdown', 'share-link', 'save-image']) {
      await expect(page.locator(part(name)).isVisible(), name).resolves.toBe(true);
    }
    const panelTitles = await page.locator('article-lens .al-panel-title').allTextContents();
    expect(panelTitles[0]).toBe(readingCase.language === 'zh' ? '摘要' : 'Summary');

    if (readingCase.screenshot) {
      await page.screenshot({ path: path.join(screenshots, `${readingCase.screenshot}-light.png`) });
      // The theme setting applies to the open sidebar at once.
      const background = () => page.locator('article-lens .al-overlay').evaluate((node) => getComputedStyle(node).backgroundColor);
      const light = await background();
      await session.setSettings({ theme: 'dark' });
      await expect.poll(background).not.toBe(light);
      await page.screenshot({ path: path.join(screenshots, `${readingCase.screenshot}-dark.png`) });
      await session.setSettings({ theme: 'light' });
      await expect.poll(background).toBe(light);
    }
  });

  test('an outline click scrolls the page to that section and flashes it', async () => {
    const items = page.locator(`${part('outline')} button.al-outline-item`);
    // The last section is the farthest down the page, so reaching it needs a real scroll.
    const item = items.last();
    const kind = await item.evaluate((node) => node.closest('li')?.getAttribute('data-kind'));
    const title = await item.locator('.al-outline-title').textContent();
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await item.click();
    await expect.poll(() => keepFirstRange(page, 'article-lens-section'), { timeout: 2_000 }).toBe(true);
    const flashed = await page.evaluate(() => (window as unknown as { __lensProbeRange: Range }).__lensProbeRange.toString().replace(/\s+/g, ' ').trim());
    // A heading's block text is its title; a topic's title is ours, so only its presence is checked.
    if (kind !== 'topic') expect(flashed).toBe(title);
    else expect(flashed.length).toBeGreaterThan(0);
    await expect.poll(() => keptRangePosition(page), { timeout: 5_000 }).toBe('in view');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // The flash is brief.
    await expect.poll(() => highlightNames(page), { timeout: 5_000 }).not.toContain('article-lens-section');
  });

  test('a quote click scrolls to it and highlights exactly the quoted words', async () => {
    const quote = page.locator(`${part('speakers')} button.al-quote`).first();
    // Quotes are folded under each speaker: expand the first speaker that has any.
    await page.locator(`${part('speakers')} details.al-quotes summary`).first().click();
    await quote.waitFor({ state: 'visible' });
    const shown = collapse((await quote.textContent()) ?? '');
    const direct = await quote.evaluate((node) => node.classList.contains('al-quote-direct'));
    // Direct speech is shown inside “ ”, which are the sidebar's, not part of the quote's range.
    const quoted = direct ? shown.slice(1, -1) : shown;
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await quote.click();
    await expect.poll(() => highlightTexts(page, 'article-lens-quote')).toEqual([quoted]);
    await keepFirstRange(page, 'article-lens-quote');
    await expect.poll(() => keptRangePosition(page), { timeout: 5_000 }).toBe('in view');
  });

  test('a term click highlights every occurrence; a second click removes them', async () => {
    const chip = page.locator(`${part('terms')} button.al-chip`).first();
    const term = (await chip.textContent()) ?? '';
    await chip.click();
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('true');
    const texts = await highlightTexts(page, 'article-lens-term');
    expect(texts?.length ?? 0, `occurrences of ${term}`).toBeGreaterThan(0);
    for (const text of texts ?? []) expect(text.toLowerCase()).toBe(term.toLowerCase());

    await chip.click();
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(highlightTexts(page, 'article-lens-term')).resolves.toBeNull();
  });

  test('a share link opens a page with the same outline and speakers; the copied Markdown is the shared analysis', async () => {
    const outline = await page.locator(`${part('outline')} .al-outline-title`).allTextContents();
    const speakers = await page.locator(`${part('speakers')} .al-speaker-name`).allTextContents();
    await page.locator(part('share-link')).click();
    const field = page.locator(part('share-url'));
    await field.waitFor({ state: 'visible', timeout: 15_000 });
    const shareUrl = await field.inputValue();
    expect(shareUrl.startsWith(`${session.worker.url}/s/`), shareUrl).toBe(true);

    const sharePage = await session.browser.context.newPage();
    await sharePage.goto(shareUrl);
    await expect(sharePage.locator('[data-part="outline-item"] .outline-title').allTextContents()).resolves.toEqual(outline);
    await expect(sharePage.locator('[data-part="speaker-name"]').allTextContents()).resolves.toEqual(speakers);
    await sharePage.close();

    const id = new URL(shareUrl).pathname.split('/').pop() ?? '';
    const record = ShareRecord.parse(await (await fetch(`${session.worker.url}/v1/shares/${id}`)).json());
    expect(record.url).toBe(`${session.pages.origin}${readingCase.path}`);
    await page.locator(part('copy-markdown')).click();
    await expect.poll(() => page.locator(part('share-status')).textContent()).toBe(readingCase.language === 'zh' ? '已复制到剪贴板' : 'Copied to the clipboard');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toBe(analysisToMarkdown({ analysis: record.analysis, url: record.url, locale: readingCase.language }));
  });

  test('Esc closes the sidebar, takes every highlight and the stylesheet away, and leaves the page as it was', async () => {
    // Leave a quote highlighted, then close from the keyboard.
    await expect(highlightNames(page)).resolves.toContain('article-lens-quote');
    await page.locator(part('summary')).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(part('summary')).isVisible()).toBe(false);
    await expect(page.locator(part('launcher')).isVisible()).resolves.toBe(true);
    await expect(highlightNames(page)).resolves.toEqual([]);
    await expect(page.evaluate(() => document.adoptedStyleSheets.length)).resolves.toBe(sheetsBefore);
    await expect(pageDomOutsideOverlay(page)).resolves.toBe(domBefore);
    expect(errors).toEqual([]);
  });
});
