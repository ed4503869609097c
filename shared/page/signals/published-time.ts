import { metaContent } from './og-type.ts';
import { contribution, type Signal } from './signal.ts';

/** Meta names CMSs use for an article's publication time (Open Graph, Dublin Core, Chinese CMSs). */
const PUBLISHED_META = ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'PubDate', 'publish_date', 'publication_date', 'sailthru.date', 'dc.date.issued', 'DC.date.issued', 'parsely-pub-date', 'og:release_date'];

/**
 * A declared publication time: product, list and service pages rarely carry one. Also counts a
 * single <time datetime> near a headline (blogs without metadata).
 */
export const publishedTime: Signal = (context) => {
  const name = PUBLISHED_META.find((n) => metaContent(context.doc, n));
  if (name) return contribution(1.2, `${name} declared`);
  const times = context.doc.querySelectorAll('time[datetime], [itemprop="datePublished"]');
  // One or two dated elements = a dated page; a dozen = a list of dated items.
  if (times.length >= 1 && times.length <= 2) return contribution(0.6, 'one <time> element');
  return null;
};
