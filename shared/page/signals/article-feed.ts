import { itemsOutsideChrome } from './page-chrome.ts';
import { contribution, type Signal } from './signal.ts';

/** From this many <article> elements (outside the page's chrome) a page can be a feed of items. */
const MANY_ARTICLE_ELEMENTS = 5;
/** <article> elements looked at at most. */
const MAX_COUNTED = 100;

/**
 * A feed — a blog archive, a category page, search results, a thread — wraps each item in its own
 * <article>, and its main text (a category description, an intro) stands outside them all. An article
 * page puts its own text inside its <article>, whatever teasers for other stories it also carries;
 * cards in its menus and sidebars are not counted.
 *
 * @example a category archive: 20 <article> teasers, its 4-paragraph description in none → -2.0
 */
export const articleFeed: Signal = (context) => {
  const main = context.mainBlock?.element;
  if (!main || main.closest('article') !== null) return null;
  // Cards in a mega-menu or a sidebar are the site's, not this page's items.
  const articles = itemsOutsideChrome(context.elements('article'), MAX_COUNTED);
  if (articles < MANY_ARTICLE_ELEMENTS) return null;
  return contribution(-2, `${articles} <article> elements, the main block in none of them: a feed of items`);
};
