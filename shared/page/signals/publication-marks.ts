import { PUBLICATION_MARKS } from '../lang/news-markers.ts';
import { contribution, type Signal } from './signal.ts';

/** Meta names that carry a publication date or an author (Open Graph, Dublin Core, CMS and news conventions). */
const MARK_META = [
  'article:published_time',
  'article:modified_time',
  'og:updated_time',
  'datepublished',
  'datemodified',
  'pubdate',
  'publishdate',
  'publish_date',
  'publication_date',
  'sailthru.date',
  'dc.date',
  'dc.date.issued',
  'parsely-pub-date',
  'date',
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'byl',
  'dc.creator',
];
/** Markup of an author or a date: schema.org microdata and rel=author links. */
const MARK_MARKUP = '[itemprop~="author"], [itemprop~="datePublished"], [rel~="author"]';

/**
 * Whatever is read was published by someone at some time: an article carries a date or an author —
 * in its metadata, its markup (<time>, microdata, JSON-LD) or its text (a dateline, a byline, the
 * 来源/作者/责任编辑 line of Chinese portals). Landing, service and shop pages carry none. Only the
 * absence says something (a date alone is on any list too), so this can only lower the score; it
 * reads the body text, so it runs only while the verdict is open.
 *
 * @example an insurance landing page with prose but no date, author or byline anywhere → -0.8
 */
export const publicationMarks: Signal = (context) => {
  if (MARK_META.some((name) => (context.meta.get(name) ?? '').trim() !== '')) return null;
  if (context.elements('time').length > 0) return null;
  const jsonLd = context.jsonLd();
  if (jsonLd.dated || jsonLd.authored) return null;
  if (context.doc.querySelector(MARK_MARKUP) !== null) return null;
  const text = context.textSample();
  if (PUBLICATION_MARKS.some((mark) => mark.test(text))) return null;
  return contribution(-0.8, 'no date, author or source line anywhere on the page');
};
