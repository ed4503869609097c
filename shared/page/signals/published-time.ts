import { contribution, type Signal } from './signal.ts';

/** Meta names CMSs use for an article's publication time (Open Graph, Dublin Core, Chinese CMSs). */
const PUBLISHED_META = ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish_date', 'publication_date', 'sailthru.date', 'dc.date.issued', 'parsely-pub-date'];

/**
 * A declared publication time: product, list and service pages rarely carry one. Also counts a
 * single <time datetime> near a headline (blogs without metadata).
 */
export const publishedTime: Signal = (context) => {
  // A declared but empty value (a template's placeholder) declares nothing.
  const name = PUBLISHED_META.find((n) => (context.meta.get(n) ?? '').trim() !== '');
  if (name) return contribution(0.8, `${name} declared`);
  // One or two <time> elements = a dated page; a dozen = a list of dated items.
  const times = context.elements('time').length;
  if (times >= 1 && times <= 2) return contribution(0.4, `${times} <time> element(s)`);
  return null;
};
