/**
 * Navigation menus, sidebars, headers and footers: the page's chrome. Teasers, dates and cards in
 * them belong to the site, not to this page, so signals counting a page's items leave them out.
 */
const CHROME = 'nav, aside, header, footer';

/**
 * How many of `elements` sit outside the page's chrome (see CHROME), counting at most `limit`.
 *
 * @example itemsOutsideChrome(context.elements('time'), 50)
 */
export function itemsOutsideChrome(elements: ArrayLike<Element>, limit: number): number {
  let count = 0;
  for (let i = 0; i < elements.length && i < limit; i++) if (elements[i]?.closest(CHROME) === null) count += 1;
  return count;
}
