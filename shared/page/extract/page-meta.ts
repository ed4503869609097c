import type { PageMeta } from '../../schema/index.ts';
import { metaContent } from '../signals/og-type.ts';

/** Meta tags that name the publication time, best first. */
const DATE_META = [
  'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'PubDate', 'publish_date', 'publish-date', 'publishtime',
  'pubtime', 'dc.date.issued', 'DC.date.issued', 'dc.date', 'DC.date', 'parsely-pub-date', 'sailthru.date', 'og:release_date', 'date',
];
/** Meta tags that name the last update: a weaker stand-in for the publication date (usually the same day). */
const UPDATED_META = ['article:modified_time', 'dateModified', 'dateUpdate', 'og:updated_time', 'lastmod', 'last-modified'];
/**
 * A publication time assigned in an inline script (many Chinese portals keep it in a JS object):
 * "pubtime": "2019-09-07 19:02:26", pubDate: '2019-09-07', "publish_time":"…". The captured value must
 * start with a four-digit year.
 */
const SCRIPT_PUBLISHED = /["']?(?:pub_?time|pub_?date|publish_?time|publish_?date|publishedAt|published_?time|date_?published|ptime|post_?date)["']?\s*[:=]\s*["']((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ][\d:.+\-Z]{4,25})?)["']/iu;
/** How much inline script text is searched for SCRIPT_PUBLISHED (the page's own config sits early). */
const MAX_SCRIPT_CHARS = 200_000;
/** A date in an address: /2016/02/01/, /2023-09/26/, /20230926/, /2019-09-09/ (a weak last resort). */
const URL_DATE = /\/((?:19|20)\d{2})[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|\d{0,12}(?:[/_.]|$))/u;
/** Meta tags that name the outlet, best first. */
const SOURCE_META = ['og:site_name', 'application-name', 'source', 'publisher', 'article:publisher'];
/** Meta tags that name the author(s). */
const AUTHOR_META = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author'];
/** Most JSON-LD scripts we read. */
const MAX_SCRIPTS = 8;

/**
 * Reads the page's own metadata: meta tags (Open Graph, article:*, author) and JSON-LD
 * (datePublished, author, publisher). Text lines (来源：…) are read by the analysis from meta blocks.
 */
export function readPageMeta(doc: Document, url?: string): PageMeta {
  const ld = readJsonLdArticle(doc);
  const meta: PageMeta = {};
  const source = ld.publisher ?? firstMeta(doc, SOURCE_META);
  if (source && !/^https?:/i.test(source)) meta.source = source.trim();
  // Declared publication dates first; then a <time> element, a date in the page's own script, the
  // last-update date, and the address — each weaker than the one before.
  const date = ld.datePublished ?? firstMeta(doc, DATE_META) ?? timeElementDate(doc) ?? scriptDate(doc) ?? firstMeta(doc, UPDATED_META) ?? urlDate(url);
  if (date) meta.publishedAt = date.trim().slice(0, 64);
  const authors = ld.authors.length > 0 ? ld.authors : AUTHOR_META.map((name) => metaContent(doc, name)).filter((value): value is string => !!value && !/^https?:/i.test(value));
  const unique = [...new Set(authors.map((a) => a.trim()).filter(Boolean))].slice(0, 50);
  if (unique.length > 0) meta.authors = unique.map((a) => a.slice(0, 200));
  return meta;
}

/** <time pubdate>, <time itemprop="datePublished">, else the first <time datetime> with a full date. */
function timeElementDate(doc: Document): string | undefined {
  const preferred = doc.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime], [itemprop="datePublished"][datetime]');
  const candidates = preferred ? [preferred] : Array.from(doc.querySelectorAll('time[datetime]')).slice(0, 5);
  for (const element of candidates) {
    const value = element.getAttribute('datetime')?.trim();
    if (value && /^(?:19|20)\d{2}-\d{2}-\d{2}/u.test(value)) return value;
  }
  return undefined;
}

/** A publication time assigned in an inline script ("pubtime": "2019-09-07 19:02:26"). */
function scriptDate(doc: Document): string | undefined {
  let searched = 0;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    if (searched > MAX_SCRIPT_CHARS) break;
    const text = script.textContent ?? '';
    searched += text.length;
    const found = SCRIPT_PUBLISHED.exec(text.slice(0, MAX_SCRIPT_CHARS));
    if (found?.[1]) return found[1];
  }
  return undefined;
}

/** YYYY-MM-DD from a date in the address, or undefined. */
function urlDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not an absolute URL: read the string as it is
  }
  const found = URL_DATE.exec(path);
  return found ? `${found[1]}-${found[2]}-${found[3]}` : undefined;
}

function firstMeta(doc: Document, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = metaContent(doc, name);
    if (value && value.trim()) return value;
  }
  return undefined;
}

interface JsonLdArticle { datePublished?: string; publisher?: string; authors: string[] }

/** The first Article-like JSON-LD object's date, publisher name and author names. */
function readJsonLdArticle(doc: Document): JsonLdArticle {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < Math.min(scripts.length, MAX_SCRIPTS); i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]?.textContent ?? '');
    } catch {
      continue;
    }
    const article = findArticle(data, 0);
    if (!article) continue;
    return {
      datePublished: typeof article['datePublished'] === 'string' ? article['datePublished'] : undefined,
      publisher: nameOf(article['publisher']),
      authors: (Array.isArray(article['author']) ? article['author'] : [article['author']]).map(nameOf).filter((n): n is string => !!n),
    };
  }
  return { authors: [] };
}

function findArticle(value: unknown, depth: number): Record<string, unknown> | undefined {
  if (depth > 3 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && /Article|BlogPosting|NewsArticle|Report/.test(t))) return record;
  return findArticle(record['@graph'], depth + 1);
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const name = (value as Record<string, unknown>)['name'];
    if (typeof name === 'string') return name;
  }
  if (Array.isArray(value)) return nameOf(value[0]);
  return undefined;
}
