import { contribution, type Signal } from './signal.ts';

/** schema.org types that declare one article (NewsArticle, BlogPosting, ReportageNews, …). */
const ARTICLE_TYPE = /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|ScholarlyArticle|TechArticle|Report|SatiricalArticle)$/;
/**
 * schema.org types that declare a page that is not one article. Organisation types (LocalBusiness,
 * Store, EducationalOrganization) are left out because articles declare their publisher with them,
 * and Course/Event/Recipe because such pages are often written as articles.
 */
const NON_ARTICLE_TYPE = /^(?:Product|ProductGroup|Offer|AggregateOffer|ItemList|CollectionPage|SearchResultsPage|DiscussionForumPosting|QAPage|FAQPage|JobPosting|SoftwareApplication|Service|ProfilePage|RealEstateListing)$/;
/**
 * JSON-LD `@type` of the page's structured data: NewsArticle/Article/BlogPosting → article;
 * Product, ItemList, SearchResultsPage, forum posts … → not an article.
 */
export const jsonLdType: Signal = (context) => {
  const types = context.jsonLd().types;
  if (types.some((type) => ARTICLE_TYPE.test(type))) return contribution(1.5, `JSON-LD ${types.find((t) => ARTICLE_TYPE.test(t))}`);
  const negative = types.find((type) => NON_ARTICLE_TYPE.test(type));
  // Stronger than og:type=article: a CMS emits that for every page, while a Product or QAPage
  // declaration is a choice someone made about this page.
  if (negative) return contribution(-3, `JSON-LD ${negative}`);
  return null;
};
