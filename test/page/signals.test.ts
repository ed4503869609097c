import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../../shared/page/signals/context.ts';
import { densestBlock } from '../../shared/page/signals/densest-block.ts';
import { jsonLdType } from '../../shared/page/signals/json-ld-type.ts';
import { ogType } from '../../shared/page/signals/og-type.ts';
import { paragraphLength } from '../../shared/page/signals/paragraph-length.ts';
import { publishedTime } from '../../shared/page/signals/published-time.ts';
import { repeatedItems } from '../../shared/page/signals/repeated-items.ts';
import type { Signal } from '../../shared/page/signals/signal.ts';
import { urlShape } from '../../shared/page/signals/url-shape.ts';
import { zhNewsMarkers } from '../../shared/page/signals/zh-news-markers.ts';
import { loadCorpusPage } from './corpus.ts';

/** Weight a signal gives a corpus page (0 when it has nothing to say). */
function weightOf(signal: Signal, id: string, url?: string): number {
  return signal(buildDetectionContext(loadCorpusPage(id), url))?.weight ?? 0;
}

/**
 * Each detection signal with one page it must count for and one it must count against (or stay
 * silent on). Pages from ../shared/corpus; ids in detect-labels.tsv.
 */
describe('detection signals', () => {
  it('jsonLdType: NewsArticle/BlogPosting counts for, Product against', () => {
    expect(weightOf(jsonLdType, 'wcxb-dev/0043')).toBeGreaterThan(0); // blog post, JSON-LD BlogPosting/Article
    expect(weightOf(jsonLdType, 'wcxb-dev/0580')).toBeLessThan(0); // shop product page, JSON-LD Product
  });

  it('ogType: og:type=article counts for, og:type=product against', () => {
    expect(weightOf(ogType, 'rb/cnn')).toBeGreaterThan(0);
    expect(weightOf(ogType, 'wcxb-dev/0580')).toBeLessThan(0);
  });

  it('publishedTime: article:published_time counts for; a news list declares none', () => {
    expect(weightOf(publishedTime, 'rb/nytimes-3')).toBeGreaterThan(0);
    expect(weightOf(publishedTime, 'gne-list/163_1')).toBe(0);
  });

  it('urlShape: a dated path counts for, a site root and a /products/ path against', () => {
    expect(weightOf(urlShape, 'rb/cnn')).toBeGreaterThan(0); // canonical money.cnn.com/2016/02/01/…
    expect(weightOf(urlShape, 'wcxb-dev/2841')).toBeLessThan(0); // https://www.airtable.com/
    expect(weightOf(urlShape, 'wcxb-dev/0580')).toBeLessThan(0); // /products/mens-wool-runners
    // The URL given by the caller wins over the page's own canonical link.
    expect(weightOf(urlShape, 'seed/article', 'https://www.qh.gov.cn/zwgk/2023-09/26/content_123456.shtml')).toBeGreaterThan(0);
    expect(weightOf(urlShape, 'seed/article', 'https://example.com/search?q=工业化')).toBeLessThan(0);
  });

  it('zhNewsMarkers: 来源/发布时间/责任编辑 count for; a Chinese news list has none', () => {
    expect(weightOf(zhNewsMarkers, 'seed/article')).toBeGreaterThanOrEqual(1.5);
    expect(weightOf(zhNewsMarkers, 'gne/163_3')).toBeGreaterThan(0);
    expect(weightOf(zhNewsMarkers, 'gne-list/163_1')).toBe(0);
  });

  it('paragraphLength: dense Chinese paragraphs count (CJK-aware), a list page has no long paragraph', () => {
    expect(weightOf(paragraphLength, 'seed/article')).toBeGreaterThan(0);
    expect(weightOf(paragraphLength, 'gne/163_3')).toBeGreaterThan(0);
    expect(weightOf(paragraphLength, 'gne-list/163_2')).toBeLessThan(0);
  });

  it('densestBlock: the article body is long prose with few links; a news list’s is links', () => {
    expect(weightOf(densestBlock, 'seed/article')).toBeGreaterThan(0);
    expect(weightOf(densestBlock, 'gne-list/163_1')).toBeLessThan(0);
  });

  it('repeatedItems: a forum/list page is made of repeated linked items; the seed is not', () => {
    expect(weightOf(repeatedItems, 'gne-list/netease_forum_1')).toBeLessThan(0);
    expect(weightOf(repeatedItems, 'gne-list/tieba_1')).toBeLessThan(0);
    expect(weightOf(repeatedItems, 'seed/article')).toBe(0);
  });
});
