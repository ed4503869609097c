import { REPLY_CONTAINER_NAME } from '../lang/page-structure.ts';
import { isWrappedArticle } from './context.ts';
import { contribution, type Signal } from './signal.ts';

/**
 * Prose split across many repeated same-class boxes — posts of a thread, reviews, answers, feature
 * cards — marks a page made of items, not one article: each box comes with its own links (author,
 * permalink, reply), heading or picture. Boxes named like posts or comments count sooner. Templates
 * that wrap each paragraph of one article in its own box are recognised and say nothing here.
 */
export const repeatedPosts: Signal = (context) => {
  const items = context.repeatedItems;
  if (!items || items.count < 3 || isWrappedArticle(items)) return null;
  const named = REPLY_CONTAINER_NAME.test(items.signature);
  const per = `${(items.proseShare * 100).toFixed(0)}% prose, ${items.linksPerItem.toFixed(1)} links, ${items.headingsPerItem.toFixed(1)} headings, ${items.imagesPerItem.toFixed(1)} images each`;
  const facts = `${items.count} repeated boxes of prose (${items.signature.slice(0, 40)}; ${per})`;
  if (items.count >= 8) return contribution(named ? -1.5 : -1, facts);
  if (named && items.count >= 4) return contribution(-0.8, facts);
  return contribution(-0.3, facts);
};
