import { contribution, type Signal } from './signal.ts';

/** schema.org types that declare one article (NewsArticle, BlogPosting, ReportageNews, …). */
const ARTICLE_TYPE = /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|ScholarlyArticle|TechArticle|Report|SatiricalArticle)$/;
/**
 * schema.org types that declare a page that is not one article. Organisation types (LocalBusiness,
 * Store, EducationalOrganization) are left out because articles declare their publisher with them,
 * and Course/Event/Recipe because such pages are often written as articles.
 */
const NON_ARTICLE_TYPE = /^(?:Product|ProductGroup|Offer|AggregateOffer|ItemList|CollectionPage|SearchResultsPage|DiscussionForumPosting|QAPage|FAQPage|JobPosting|SoftwareApplication|Service|ProfilePage|RealEstateListing)$/;
/** Most JSON-LD scripts a page gets to make us parse, and the longest one we read. */
const MAX_SCRIPTS = 8;
const MAX_SCRIPT_CHARS = 200_000;

/**
 * JSON-LD `@type` of the page's structured data: NewsArticle/Article/BlogPosting → article;
 * Product, ItemList, SearchResultsPage, forum posts … → not an article.
 */
export const jsonLdType: Signal = (context) => {
  const types = jsonLdTypes(context.doc);
  if (types.some((type) => ARTICLE_TYPE.test(type))) return contribution(1.5, `JSON-LD ${types.find((t) => ARTICLE_TYPE.test(t))}`);
  const negative = types.find((type) => NON_ARTICLE_TYPE.test(type));
  // Stronger than og:type=article: a CMS emits that for every page, while a Product or QAPage
  // declaration is a choice someone made about this page.
  if (negative) return contribution(-3, `JSON-LD ${negative}`);
  return null;
};

/** Every `@type` in the page's JSON-LD (top level, arrays and @graph); malformed scripts are skipped. */
export function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < Math.min(scripts.length, MAX_SCRIPTS); i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    try {
      collectTypes(JSON.parse(text), types, 0);
    } catch {
      // Invalid JSON-LD is common (trailing commas, CDATA); it simply carries no evidence.
    }
  }
  return types;
}

function collectTypes(value: unknown, into: string[], depth: number): void {
  if (depth > 3 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectTypes(item, into, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type === 'string') into.push(type);
  else if (Array.isArray(type)) for (const t of type) if (typeof t === 'string') into.push(t);
  if (record['@graph']) collectTypes(record['@graph'], into, depth + 1);
}
