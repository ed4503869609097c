import { itemsOutsideChrome } from './page-chrome.ts';
import { contribution, type Signal } from './signal.ts';

/** From this many <time> elements a page is a list of dated things (posts, replies, teasers). */
const MANY_TIMES = 5;
/** <time> elements looked at at most. */
const MAX_COUNTED = 100;
/**
 * A page of dated items: forum software and blog archives stamp every post or teaser with its own
 * <time>. One article has one or two (published, updated), plus any in its menus and sidebars.
 *
 * @example a forum thread with 13 <time> elements → "13 <time> elements: a page of dated items (-1.5)"
 */
export const datedItems: Signal = (context) => {
  const all = context.elements('time');
  if (all.length < MANY_TIMES) return null;
  // Dated teasers in a sidebar or a "latest news" menu are the site's, not this page's.
  const times = itemsOutsideChrome(all, MAX_COUNTED);
  if (times >= MANY_TIMES) return contribution(-1.5, `${times} <time> elements outside menus and sidebars: a page of dated items`);
  return null;
};
