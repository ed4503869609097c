/**
 * Questions the tests ask the page itself (in its main world, as the reader's browser sees it): what
 * the CSS Custom Highlight registry holds, and whether something is on screen. Functions passed to
 * `page.evaluate` run in the page, so they can only use what is defined inside them.
 */
import type { Page } from 'playwright-core';

/** The text of each range in the named highlight, whitespace collapsed; null when there is none. */
export function highlightTexts(page: Page, name: string): Promise<string[] | null> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return null;
    return [...highlight].map((range) => (range as Range).toString().replace(/\s+/g, ' ').trim());
  }, name);
}

/** Keeps the named highlight's first range in `window.__lensProbeRange`, so it can be measured after the highlight ends. */
export function keepFirstRange(page: Page, name: string): Promise<boolean> {
  return page.evaluate((highlightName) => {
    const first = CSS.highlights.get(highlightName)?.values().next().value as Range | undefined;
    (window as unknown as { __lensProbeRange?: Range }).__lensProbeRange = first;
    return first !== undefined;
  }, name);
}

/** Where the kept range is: 'in view', or how far off screen its top is. */
export function keptRangePosition(page: Page): Promise<string> {
  return page.evaluate(() => {
    const range = (window as unknown as { __lensProbeRange?: Range }).__lensProbeRange;
    if (!range) return 'no range kept';
    const box = range.getBoundingClientRect();
    return box.top >= 0 && box.top < window.innerHeight ? 'in view' : `top at ${Math.round(box.top)}px of ${window.innerHeight}`;
  });
}

/** Every highlight name registered in the page. */
export function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()]);
}

/** The page's DOM outside the overlay, as markup, to compare before and after the extension ran. */
export function pageDomOutsideOverlay(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('article-lens')) host.remove();
    return clone.outerHTML;
  });
}
