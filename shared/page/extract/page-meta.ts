import type { PageMeta } from '../../schema/index.ts';
import { metaContent } from '../signals/og-type.ts';

/** Meta tags that name the publication time, best first. */
const DATE_META = ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'PubDate', 'publish_date', 'dc.date.issued', 'parsely-pub-date', 'og:release_date'];
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
export function readPageMeta(doc: Document): PageMeta {
  const ld = readJsonLdArticle(doc);
  const meta: PageMeta = {};
  const source = ld.publisher ?? firstMeta(doc, SOURCE_META);
  if (source && !/^https?:/i.test(source)) meta.source = source.trim();
  const date = ld.datePublished ?? firstMeta(doc, DATE_META);
  if (date) meta.publishedAt = date.trim().slice(0, 64);
  const authors = ld.authors.length > 0 ? ld.authors : AUTHOR_META.map((name) => metaContent(doc, name)).filter((value): value is string => !!value && !/^https?:/i.test(value));
  const unique = [...new Set(authors.map((a) => a.trim()).filter(Boolean))].slice(0, 50);
  if (unique.length > 0) meta.authors = unique.map((a) => a.slice(0, 200));
  return meta;
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
