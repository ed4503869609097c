import { REPLY_CONTAINER_NAME } from '../lang/page-structure.ts';
import { isOneText } from './context.ts';
import { contribution, type Signal } from './signal.ts';

/**
 * Prose split across repeated same-class boxes — posts of a thread, reviews, answers, cards — marks a
 * page made of items, not one article: each box comes with its own links, heading, picture or date.
 * How much it counts depends on where the main text is. When the main block is one of the items (or
 * holds them all), the page is the list or the thread itself; when the items sit beside it — comments
 * under an article, a grid of related stories — they say little. Posts (boxes with their own date,
 * or named as comments or replies) count more than other items. Boxes that are parts of one text
 * (wrapped paragraphs, sections: see isOneText) say nothing.
 *
 * @example a discussion whose 7 comment boxes, each dated, hold the main text → -2
 */
export const repeatedPosts: Signal = (context) => {
  const items = context.repeatedItems;
  if (!items || items.count < MIN_ITEMS || isOneText(items)) return null;
  const posts = REPLY_CONTAINER_NAME.test(items.signature) || items.datesPerItem >= 0.5;
  const per = `${(items.proseShare * 100).toFixed(0)}% prose, ${items.linksPerItem.toFixed(1)} links, ${items.headingsPerItem.toFixed(1)} headings, ${items.imagesPerItem.toFixed(1)} images, ${items.datesPerItem.toFixed(1)} dates each`;
  const facts = `${items.count} repeated ${posts ? 'posts' : 'boxes'} of prose (${items.signature.slice(0, 40)}; ${per})`;
  const main = context.mainBlock?.element;
  const mainAmongItems = main !== undefined && (items.element.contains(main) || main.contains(items.element));
  if (!mainAmongItems) return contribution(-0.3, `${facts}, beside the main block`);
  if (posts) return contribution(items.count >= MANY_POSTS ? -2 : -1, facts);
  return contribution(items.count >= MANY_ITEMS ? -1 : -0.5, facts);
};

/** Fewer boxes than this are not a repeated structure. */
const MIN_ITEMS = 3;
/** From this many posts holding the main text, the page is a thread. */
const MANY_POSTS = 4;
/** From this many other items holding the main text, the page is a list or grid. */
const MANY_ITEMS = 8;
