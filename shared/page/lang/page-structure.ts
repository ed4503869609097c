/**
 * Names page templates give to structures, as data for the detection signals. Language-independent
 * (class and id vocabulary of CMSs and forum software).
 */

/**
 * Class names of containers that hold one post, comment, reply, answer or review: Discourse
 * ("cooked", "topic-body"), XenForo ("bbWrapper", "message"), phpBB ("postbody"), vBulletin
 * ("postcontent"), Stack Exchange ("js-post-body"), Disqus and WordPress comments.
 */
export const REPLY_CONTAINER_NAME = /comment|reply|replies|post-?body|postcontent|post-content|message|thread|forum|answer|review|bbwrapper|cooked|topic-body|discussion/i;

/**
 * Text of a legal footer, disclaimer or cookie notice: long enough to look like a paragraph, but
 * nobody's reading. Matched anywhere in a long paragraph ("…Copyright©和讯网 版权所有 复制必究",
 * "【免责声明】本文仅代表作者本人观点…", "We use cookies to improve your experience…").
 */
export const LEGAL_NOTICE = /版权所有|免责声明|郑重声明|未经(?:书面)?(?:授权|许可)|all rights reserved|copyright\s*(?:©|\(c\)|\d{4})|©\s*(?:\d{4}|copyright)|\bwe use cookies\b|\b(?:this|our) (?:site|website) uses cookies\b/iu;

/**
 * Page types that content management systems write into the class of <body> (or <html>) — a page
 * declaring what it is, like og:type, but stated by the CMS's own template rather than a plugin that
 * stamps every page alike. Only tokens whose meaning is fixed by the CMS are listed; WordPress
 * "page" (a static page: an about page, a service page or an essay alike) and "home" say nothing.
 */
export const CMS_ARTICLE_CLASSES: ReadonlySet<string> = new Set([
  // WordPress: a single blog post (a page is "page", a product "single-product").
  'single-post',
  // Ghost: the post template.
  'post-template',
  // Shopify: a blog article.
  'template-article',
  // Drupal: a node of the article or blog type.
  'page-node-type-article',
  'node-type-article',
  'page-node-type-blog-post',
  'page--node-type-blog-post',
  'node-type-blog-post',
  // HubSpot: a blog post.
  'hs-blog-post',
]);

export const CMS_LIST_CLASSES: ReadonlySet<string> = new Set([
  // WordPress archives: category, tag, taxonomy and post-type archives, search results.
  'archive',
  'category',
  'tag',
  'post-type-archive',
  'search-results',
  'search-no-results',
  // WooCommerce and bbPress: a product, a forum topic or forum.
  'single-product',
  'woocommerce-shop',
  'single-topic',
  'single-forum',
  // Ghost: tag, author and home listings.
  'tag-template',
  'author-template',
  'home-template',
  // Shopify: collection, product, search and home templates, the blog listing.
  'template-collection',
  'template-product',
  'template-search',
  'template-index',
  'template-blog',
  // Magento and PrestaShop: category, product and search pages.
  'catalog-category-view',
  'catalog-product-view',
  'catalogsearch-result-index',
  'page-category',
  'page-product',
  'page-search',
  // XenForo and Discourse: a thread, a forum listing, a topic.
  'template-thread_view',
  'template-forum_view',
  'template-topic',
  // HubSpot: the blog listing.
  'hs-blog-listing',
]);
