import { collapseSpace } from '../text/reading-length.ts';
import { NEXT_PAGE_TEXT, PAGER_ROW } from './furniture-markers.ts';

/** The warning a reader sees when only the first page of a split article was analysed. */
export const CONTINUES_ELSEWHERE_WARNING = 'article continues on another page; only this page was analysed';

/** How many links around the body are read for a pager (a pager is a handful of links). */
const MAX_LINKS = 400;
/** An address that names page 2 of the same article: _2.html, -2.html, /2/, ?page=2, &p=2, /page/2. */
const PAGE_TWO_ADDRESS = /(?:[_-]2\.s?html?$|\/2\/?$|[?&](?:page|p|pg|pageno|pn)=2(?:&|$)|\/page\/2\/?$)/iu;

/**
 * True when the article visibly continues on another page: a "下一页 / 第2页 / Next page" link or a
 * page-number row (1 2 3 下一页) inside the body or in the region just around it, or a rel=next link
 * whose address is this page's address with a page number. Previous/next-ARTICLE links (上一篇/下一篇)
 * are not pagination and do not count.
 *
 * @example continuesElsewhere(document, bodyRegion, location.href) // true on "…_1.shtml" with a 下一页 link
 */
export function continuesElsewhere(doc: Document, region: Element | undefined, url: string | undefined): boolean {
  const relNext = doc.querySelector('link[rel~="next"][href], a[rel~="next"][href]')?.getAttribute('href');
  if (relNext && PAGE_TWO_ADDRESS.test(addressPath(relNext)) && addressPath(relNext) !== addressPath(url ?? '')) return true;
  if (!region) return false;
  const links = Array.from(region.querySelectorAll('a')).slice(0, MAX_LINKS);
  for (const link of links) {
    if (NEXT_PAGE_TEXT.test(collapseSpace(link.textContent ?? ''))) return true;
  }
  // A pager row: the parent of a link whose whole text is "1 2 3 … 下一页".
  for (const link of links) {
    const row = link.parentElement;
    if (row && PAGER_ROW.test(collapseSpace(row.textContent ?? ''))) return true;
  }
  return false;
}

/** The path and query of an address (relative addresses as they are). */
function addressPath(address: string): string {
  try {
    const parsed = new URL(address, 'http://relative.invalid');
    return parsed.pathname + parsed.search;
  } catch {
    return address;
  }
}
