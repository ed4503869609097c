/**
 * URL shapes of article pages and of list/search/shop pages, as CMSs commonly build them.
 * Language-independent data; the url-shape signal applies them.
 */

/** A date in the path: /2023/09/26/, /2023-09/26/, /20230926/, /2016/02/. */
export const DATED_PATH = /\/(?:19|20)\d{2}[-/_]?(?:0?[1-9]|1[0-2])(?:[-/_]?(?:0?[1-9]|[12]\d|3[01]))?(?:\/|[-_]|$)|\/(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/;
/** Chinese portal article files and ids: 1234.shtml, content_123456.htm, t20230926_1234.html, /a/123456. */
export const PORTAL_ARTICLE_PATH = /\.s?html?$|\/content_\d+|\/t\d{8}_\d+|\/(?:a|article|articles|news|story|stories|post|p|doc|detail|details)\/[^/]+/i;
/**
 * The last path segment is a long number, a slug of many words (article ids and headline slugs), or
 * an opaque base-62 id mixing lower case, upper case and digits (/topic/7PM49H7yjs5) — one item, not
 * a list. Upper-case-only codes (product SKUs) do not count.
 */
export const ID_OR_SLUG_SEGMENT = /(?:^|[-_/])\d{5,}(?:\.\w+)?$|^[\p{L}\d]+(?:[-_][\p{L}\d]+){3,}(?:\.\w+)?$|^(?=[A-Za-z\d]*\d)(?=[A-Za-z\d]*[a-z])(?=[A-Za-z\d]*[A-Z])[A-Za-z\d]{8,24}$/u;
/** Path segments naming a list, search, tag, category, shop, forum or account page. */
export const NON_ARTICLE_SEGMENT = /^(?:index|list|lists|search|tag|tags|topic|topics|category|categories|categorie|section|archive|archives|channel|column|author|authors|forum|forums|board|thread|threads|shop|store|product|products|cart|checkout|collections?|catalog|catalogue|services?|pricing|plans|contact|about|login|signin|register|account|help|support|faq|jobs|careers|events?|courses?|programs?|degrees?|admissions|tuition|bbs|forumdisplay)(?:\.\w+)?$/i;
/** Query parameters of search and list pages. */
export const LIST_QUERY = /(?:^|&)(?:q|query|s|search|keyword|keywords|page|pageno|pn|sort|filter|category|cat|tag)=/i;
