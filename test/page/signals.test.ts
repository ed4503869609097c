import { describe, expect, it } from 'vitest';
import { articleFeed } from '../../shared/page/signals/article-feed.ts';
import { blurbLayout } from '../../shared/page/signals/blurb-layout.ts';
import { cmsPageType } from '../../shared/page/signals/cms-page-type.ts';
import { buildDetectionContext } from '../../shared/page/signals/context.ts';
import { controlDensity } from '../../shared/page/signals/control-density.ts';
import { datedItems } from '../../shared/page/signals/dated-items.ts';
import { jsonLdType } from '../../shared/page/signals/json-ld-type.ts';
import { ogType } from '../../shared/page/signals/og-type.ts';
import { mainBlock } from '../../shared/page/signals/main-block.ts';
import { proseConcentration } from '../../shared/page/signals/prose-concentration.ts';
import { publicationMarks } from '../../shared/page/signals/publication-marks.ts';
import { publishedTime } from '../../shared/page/signals/published-time.ts';
import { repeatedPosts } from '../../shared/page/signals/repeated-posts.ts';
import type { Signal } from '../../shared/page/signals/signal.ts';
import { urlShape } from '../../shared/page/signals/url-shape.ts';
import { zhNewsMarkers } from '../../shared/page/signals/zh-news-markers.ts';
import { htmlDocument, loadCorpusPage } from './corpus.ts';

/** Weight a signal gives a corpus page (0 when it has nothing to say). */
function weightOf(signal: Signal, id: string, url?: string): number {
  return signal(buildDetectionContext(loadCorpusPage(id), url))?.weight ?? 0;
}

/** Weight a signal gives an inline page (head and body markup). */
function weightOfHtml(signal: Signal, head: string, body: string): number {
  return signal(buildDetectionContext(htmlDocument(`</head>${head}<body>${body}`)))?.weight ?? 0;
}

/** A paragraph of plain English prose, long enough to count (about 300 characters). */
const PROSE = '<p>' + 'The council met on Tuesday to discuss the plan for the new library, which residents have asked for since the old one closed. '.repeat(3) + '</p>';

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

  it('mainBlock: dense Chinese paragraphs in one container count (CJK-aware); a news list has no prose', () => {
    expect(weightOf(mainBlock, 'seed/article')).toBeGreaterThan(1);
    expect(weightOf(mainBlock, 'gne/163_3')).toBeGreaterThan(0);
    expect(weightOf(mainBlock, 'gne-list/163_1')).toBeLessThan(0);
    expect(weightOf(mainBlock, 'gne-list/163_2')).toBeLessThan(0);
  });

  it('mainBlock: body text written straight into a <div> (no <p>, no <br>) still counts', () => {
    expect(weightOf(mainBlock, 'gne/other_1')).toBeGreaterThanOrEqual(0);
    expect(buildDetectionContext(loadCorpusPage('gne/stcn_1')).longParagraphs).toBeGreaterThan(0);
  });

  it('proseConcentration: an article keeps its prose in one block; a forum thread spreads it over posts', () => {
    expect(weightOf(proseConcentration, 'seed/article')).toBeGreaterThan(0);
    expect(weightOf(proseConcentration, 'wcxb-dev/4318')).toBeLessThan(0); // forum thread, og:type=article
  });

  it('repeatedPosts: many post boxes with author links and avatars count against; wrapped article paragraphs do not', () => {
    expect(weightOf(repeatedPosts, 'wcxb-dev/0526')).toBeLessThan(0); // forum thread declaring JSON-LD Article
    expect(weightOf(repeatedPosts, 'seed/article')).toBe(0);
    // nytimes wraps every paragraph in its own <div>: one article, not a page of items.
    expect(weightOf(repeatedPosts, 'rb/nytimes-3')).toBe(0);
  });

  it('urlShape: an opaque mixed-case id after /topic/ is one item, an upper-case SKU is not an id', () => {
    expect(weightOf(urlShape, 'gne/readhub_readhub', 'https://readhub.cn/topic/7PM49H7yjs5')).toBeGreaterThan(0);
    expect(weightOf(urlShape, 'gne/readhub_readhub', 'https://readhub.cn/topic/B0CX23V2FH')).toBeLessThan(0);
  });

  it('proseConcentration: a lone paragraph is not evidence of a concentrated article', () => {
    expect(weightOf(proseConcentration, 'wcxb-dev/2920')).toBe(0); // best-seller grid with one long blurb
    expect(weightOf(proseConcentration, 'rb/nytimes-3')).toBeGreaterThan(0);
  });

  it('context: copyright footers and disclaimers are not prose, so they never become the main block', () => {
    const main = buildDetectionContext(loadCorpusPage('gne/hexun_1')).densest?.element.textContent ?? '';
    expect(main).toContain('京津冀');
    expect(main).not.toContain('版权所有');
  });

  it('datedItems: a thread stamping every reply with <time> counts against; one dated article is silent', () => {
    expect(weightOf(datedItems, 'wcxb-dev/0575')).toBeLessThan(0); // discussion thread, 13 <time>
    expect(weightOf(datedItems, 'wcxb-dev/0529')).toBeLessThan(0); // forum thread, 24 <article> posts
    expect(weightOf(datedItems, 'seed/article')).toBe(0);
    expect(weightOf(datedItems, 'rb/nytimes-3')).toBe(0);
  });

  it('controlDensity: a grid with a button per item counts against; a long article with a toolbar is silent', () => {
    expect(weightOf(controlDensity, 'wcxb-dev/4139')).toBeLessThan(0); // listing, 21 buttons, little prose
    expect(weightOf(controlDensity, 'gne/thepaper_1')).toBe(0); // 19 buttons, but one 7000-character <br> body
  });

  it('blurbLayout: a landing page of heading + blurb cards counts against; a news article is silent', () => {
    expect(weightOf(blurbLayout, 'wcxb-dev/4908')).toBeLessThan(0); // insurance landing page
    expect(weightOf(blurbLayout, 'seed/article')).toBe(0);
    expect(weightOf(blurbLayout, 'rb/cnn')).toBe(0);
  });

  it('zhNewsMarkers: silent on a page whose prose is not Chinese', () => {
    expect(weightOf(zhNewsMarkers, 'rb/cnn')).toBe(0);
    expect(weightOf(zhNewsMarkers, 'gne/hexun_1')).toBeGreaterThanOrEqual(1); // 责任编辑, > 正文 breadcrumb, dated info line
  });

  it('publishedTime: an empty published-time meta (a template placeholder) declares nothing', () => {
    expect(weightOfHtml(publishedTime, '<meta property="article:published_time" content="2024-03-01T10:00:00Z">', PROSE)).toBeGreaterThan(0);
    expect(weightOfHtml(publishedTime, '<meta property="article:published_time" content="">', PROSE)).toBe(0);
  });

  it('datedItems: dated teasers in menus and sidebars are the site\'s, not the page\'s items', () => {
    const times = '<time datetime="2024-01-01">Jan 1</time>'.repeat(6);
    expect(weightOfHtml(datedItems, '', `<main>${PROSE}<ul><li>${times}</li></ul></main>`)).toBeLessThan(0);
    expect(weightOfHtml(datedItems, '', `<main>${PROSE}</main><aside>${times}</aside>`)).toBe(0);
  });

  it('articleFeed: a category archive whose description stands outside its 20 <article> teasers counts against', () => {
    expect(weightOf(articleFeed, 'wcxb-dev/4609')).toBeLessThan(0); // WordPress category archive
    expect(weightOf(articleFeed, 'wcxb-dev/2903')).toBeLessThan(0); // blog index, 41 teasers
    // An article inside its own <article>, with 39 more for comments and teasers: silent.
    expect(weightOf(articleFeed, 'wcxb-dev/4159')).toBe(0);
    // Cards in a mega-menu (<aside> inside <nav>) are not the page's items.
    expect(weightOf(articleFeed, 'wcxb-dev/0096')).toBe(0);
  });

  it('cmsPageType: WordPress posts count for; archives, WooCommerce products and XenForo threads against; a WordPress page is silent', () => {
    expect(weightOf(cmsPageType, 'wcxb-dev/0068')).toBeGreaterThan(0); // body.single-post
    expect(weightOf(cmsPageType, 'rb/ars-1')).toBeGreaterThan(0);
    expect(weightOf(cmsPageType, 'wcxb-dev/4609')).toBeLessThan(0); // body.archive.category
    expect(weightOf(cmsPageType, 'wcxb-dev/0593')).toBeLessThan(0); // body.single-product
    expect(weightOf(cmsPageType, 'wcxb-dev/0516')).toBeLessThan(0); // html.template-thread_view
    expect(weightOf(cmsPageType, 'wcxb-dev/0021')).toBe(0); // body.page: a service page and an essay alike
    // Whole tokens only: "category-tech" on a post is not the "category" archive.
    const post = htmlDocument(PROSE);
    post.body.setAttribute('class', 'author-4326 category-tech single js');
    expect(cmsPageType(buildDetectionContext(post))).toBeNull();
    post.body.setAttribute('class', 'archive category category-tech');
    expect(cmsPageType(buildDetectionContext(post))?.weight).toBeLessThan(0);
  });

  it('publicationMarks: a landing page with no date, author or source anywhere counts against; dated or attributed pages are silent', () => {
    expect(weightOf(publicationMarks, 'wcxb-dev/4908')).toBeLessThan(0); // insurance landing page
    expect(weightOf(publicationMarks, 'wcxb-dev/2849')).toBeLessThan(0); // product home page
    expect(weightOf(publicationMarks, 'seed/article')).toBe(0); // 来源/发布时间 info line
    expect(weightOf(publicationMarks, 'rb/cnn')).toBe(0); // published-time meta
    expect(weightOf(publicationMarks, 'gne/toutiao_2')).toBe(0); // a date in the text only
    expect(weightOfHtml(publicationMarks, '', `${PROSE}<p>Posted March 3, 2024</p>`)).toBe(0);
    expect(weightOfHtml(publicationMarks, '<script type="application/ld+json">{"@type":"BlogPosting","author":{"name":"A. Writer"}}</script>', PROSE)).toBe(0);
    expect(weightOfHtml(publicationMarks, '', PROSE)).toBeLessThan(0);
  });

  it('repeatedPosts: dated comment boxes holding the page\'s text count strongly; comments beside an article barely', () => {
    expect(weightOf(repeatedPosts, 'wcxb-dev/0575')).toBeLessThanOrEqual(-2); // nested discussion thread, every comment dated
    expect(weightOf(repeatedPosts, 'wcxb-dev/0578')).toBeLessThanOrEqual(-2); // forum posts named post-body
    expect(weightOf(repeatedPosts, 'wcxb-dev/0282')).toBeLessThan(0); // search results with linked titles
    const beside = weightOf(repeatedPosts, 'wcxb-dev/4159'); // recipe article with a comment section
    expect(beside).toBeLessThan(0);
    expect(beside).toBeGreaterThan(-1);
  });

  it('repeatedPosts / context: sections of one article (a heading and several paragraphs each) are one text, not items', () => {
    for (const id of ['wcxb-dev/0145', 'wcxb-dev/1837']) {
      expect(weightOf(repeatedPosts, id), id).toBe(0);
      // The sections' common ancestor becomes the main block: the prose is concentrated again.
      expect(weightOf(proseConcentration, id), id).toBeGreaterThan(0);
    }
  });
});
