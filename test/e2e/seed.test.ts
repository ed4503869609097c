/**
 * The seed page through the whole product in real Chromium: served from 127.0.0.1, analysed by the
 * Worker under wrangler dev, shown by the built extension. Asserts what a reader sees: the launcher,
 * the outline's three headings, the eleven speakers, a click on the outline scrolling the page, and the
 * page's own DOM untouched. Needs `npm run build:extension` first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { part, repoRoot, startLensSession, type LensSession } from './support/lens-session.ts';

// CI checks out ../shared beside the repository.
const seedPage = path.resolve(repoRoot, '../shared/seed/article.html');
const seedLabels = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/corpus/labels/seed__article.json'), 'utf8')) as {
  headings: string[];
  speakers: { name: string }[];
};
const seedPath = '/qhyw/2023-09/26/article.html';
const screenshots = path.join(repoRoot, 'docs/screenshots');

/** The page's DOM outside the overlay, as markup, to compare before and after the extension ran. */
function pageDomOutsideOverlay(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('article-lens')) host.remove();
    return clone.outerHTML;
  });
}

describe('seed article in Chromium', () => {
  let session: LensSession;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await startLensSession({ [seedPath]: seedPage });
    page = await session.newPage(pageErrors);
  });

  afterAll(async () => {
    await session?.close();
  });

  // One page, one story: the steps run in order on the same tab, each reporting on its own.
  let domBefore = '';

  test('the launcher appears on the article and opens the sidebar with every panel', async () => {
    await page.goto(`${session.pages.origin}${seedPath}`, { waitUntil: 'load' });
    const launcher = page.locator(part('launcher'));
    await launcher.waitFor({ state: 'visible', timeout: 15_000 });
    domBefore = await pageDomOutsideOverlay(page);

    await launcher.click();
    // The sidebar settles on either the analysis or an error; report the error's words if it is one.
    await page.locator(`${part('outline')}, ${part('error')}`).first().waitFor({ state: 'visible', timeout: 30_000 });
    const error = page.locator(part('error'));
    if (await error.isVisible()) throw new Error(`sidebar shows an error: ${await error.innerText()}`);

    for (const name of ['summary', 'outline', 'speakers', 'terms', 'share']) {
      await expect(page.locator(part(name)).isVisible(), `panel ${name}`).resolves.toBe(true);
    }
    await expect(launcher.isVisible(), 'launcher hidden while the sidebar is open').resolves.toBe(false);
    await page.screenshot({ path: path.join(screenshots, 'sidebar-seed.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(screenshots, 'sidebar-seed-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('the outline shows the three section headings, in page order', async () => {
    const titles = await page.locator(`${part('outline')} .al-outline-title`).allTextContents();
    expect(titles.filter((title) => seedLabels.headings.includes(title))).toEqual(seedLabels.headings);
  });

  test('the speakers panel shows the eleven speakers and no one else', async () => {
    const names = await page.locator(`${part('speakers')} [data-speaker-kind="person"] .al-speaker-name`).allTextContents();
    expect([...names].sort()).toEqual(seedLabels.speakers.map((speaker) => speaker.name).sort());
  });

  test('clicking a section in the outline scrolls its heading into view', async () => {
    const target = seedLabels.headings[1]!;
    const item = page.locator(`${part('outline')} button.al-outline-item`, { hasText: target });
    await item.waitFor({ state: 'visible', timeout: 2_000 });
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await item.click();
    await page.waitForFunction((before) => window.scrollY !== before, scrollBefore, { timeout: 5_000 });
    await expect.poll(() => page.evaluate((heading) => {
      const element = [...document.body.querySelectorAll('*')].find(
        (candidate) => candidate.children.length === 0 && candidate.textContent?.trim() === heading,
      );
      if (!element) return 'heading not found in the page';
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight ? 'in view' : `top at ${Math.round(box.top)}px`;
    }, target), { timeout: 5_000 }).toBe('in view');
  });

  test('Copy as Markdown puts the title, the link and the outline on the clipboard', async () => {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.pages.origin });
    await page.locator(`${part('share')} button`, { hasText: 'Copy as Markdown' }).click();
    await expect.poll(() => page.locator(`${part('share')} [role="status"]`).textContent()).toBe('Copied to the clipboard');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const title = await page.locator('article-lens .al-title').textContent();
    expect(markdown.split('\n')[0]).toBe(`# [${title}](${session.pages.origin}${seedPath})`);
    for (const outlineTitle of await page.locator(`${part('outline')} .al-outline-title`).allTextContents()) {
      expect(markdown).toContain(`- **${outlineTitle}**`);
    }
  });

  test('Esc closes the sidebar and brings the launcher back', async () => {
    // Focus is inside the sidebar after the clicks above; put it there explicitly in case a step failed.
    await page.locator(`${part('summary')}`).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(part('summary')).isVisible()).toBe(false);
    await expect(page.locator(part('launcher')).isVisible()).resolves.toBe(true);
  });

  test("the page's own DOM is unchanged and the extension caused no errors", async () => {
    expect(domBefore, 'snapshot taken').not.toBe('');
    const domAfter = await pageDomOutsideOverlay(page);
    expect(domAfter, 'since the launcher appeared').toBe(domBefore);
    // Also against the served HTML parsed afresh (the seed page has no scripts of its own), which
    // catches changes made before the launcher appeared.
    const served = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      return new DOMParser().parseFromString(html, 'text/html').body.outerHTML;
    });
    expect(domAfter, 'as served').toBe(served);
    expect(pageErrors).toEqual([]);
  });
});
