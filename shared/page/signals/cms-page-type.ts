import { CMS_ARTICLE_CLASSES, CMS_LIST_CLASSES } from '../lang/page-structure.ts';
import { contribution, type Signal } from './signal.ts';

/** Class tokens looked at, at most, on each of <html> and <body>. */
const MAX_TOKENS = 100;

/**
 * The page type a CMS template writes into the class of <body> or <html>: WordPress marks a post
 * "single-post" and a category archive "archive category", WooCommerce a product "single-product",
 * Shopify an article "template-article", XenForo a thread "template-thread_view" (see lang data).
 * Two attribute reads; silent on sites that declare nothing.
 *
 * @example <body class="archive category category-recipes …"> → "CMS page type: archive (-1.5)"
 */
export const cmsPageType: Signal = (context) => {
  const tokens = [context.doc.documentElement, context.doc.body].flatMap((element) => (element?.getAttribute('class') ?? '').split(/\s+/).slice(0, MAX_TOKENS));
  const list = tokens.find((token) => CMS_LIST_CLASSES.has(token));
  if (list) return contribution(-1.5, `CMS page type: ${list}`);
  const article = tokens.find((token) => CMS_ARTICLE_CLASSES.has(token));
  if (article) return contribution(1, `CMS page type: ${article}`);
  return null;
};
