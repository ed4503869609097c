import { DATED_PATH, ID_OR_SLUG_SEGMENT, LIST_QUERY, NON_ARTICLE_SEGMENT, PORTAL_ARTICLE_PATH } from '../lang/url-patterns.ts';
import { contribution, type Signal } from './signal.ts';

/**
 * The shape of the page URL: dated paths, article ids and headline slugs point to one article;
 * the site root and list/tag/search/shop paths point away. Silent when the URL is unknown.
 */
export const urlShape: Signal = (context) => {
  const url = context.url;
  if (!url || !/^https?:$/.test(url.protocol)) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const last = decodeSegment(segments.at(-1) ?? '');
  if (segments.length === 0) return contribution(-1.5, 'URL is a site root');
  if (segments.some((segment) => NON_ARTICLE_SEGMENT.test(decodeSegment(segment))) && !DATED_PATH.test(url.pathname) && !ID_OR_SLUG_SEGMENT.test(last)) {
    return contribution(-1, 'URL names a list/section page');
  }
  if (url.search && LIST_QUERY.test(url.search.slice(1)) && !ID_OR_SLUG_SEGMENT.test(last)) return contribution(-0.8, 'URL has search/list parameters');
  if (DATED_PATH.test(url.pathname)) return contribution(0.8, 'dated URL path');
  if (ID_OR_SLUG_SEGMENT.test(last)) return contribution(0.6, 'URL ends in an article id or slug');
  if (PORTAL_ARTICLE_PATH.test(url.pathname) && segments.length >= 2) return contribution(0.3, 'article-like URL path');
  if (segments.length === 1 && !/\d/.test(last) && !last.includes('-')) return contribution(-0.5, 'one-word URL path');
  return null;
};

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
