import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/pipeline.ts';
import { extractArticle } from '../../shared/page/extract.ts';
import { toAnalyzeRequest } from '../../shared/page/to-request.ts';
import { htmlDocument } from './corpus.ts';

/** Named extraction cases (issue 4 item 4): what extraction keeps, marks or drops on small pages. */

const PROSE_ZH = '这是一段足够长的正文内容，用来让提取器把这里识别为文章的主体部分，而不是导航或者页脚里的零散文字，它讲述了事情的来龙去脉和各方的看法。';
const PROSE_EN =
  'This is a long enough paragraph of article prose for the extractor to take this element as the body of the article rather than navigation, with several clauses that read like news and carry on for a while.';

function paragraphs(count: number, text: string): string {
  return Array.from({ length: count }, (_, i) => `<p>${text}${i}</p>`).join('');
}

describe('extraction structure cases', () => {
  it('zh--class-named-subheading: a <span class="…-h3"> line is an emphasis line', () => {
    const doc = htmlDocument(`<article>${paragraphs(3, PROSE_ZH)}<p><span class="bjh-h3">缘起古筝之梦</span></p>${paragraphs(3, PROSE_ZH)}</article>`);
    const block = extractArticle(doc).blocks.find((b) => b.text === '缘起古筝之梦');
    expect(block?.emphasis).toBe(true);
  });

  it('zh--centred-line-under-picture: a centred line right under an image is a caption, not a heading', () => {
    const doc = htmlDocument(
      `<article>${paragraphs(3, PROSE_ZH)}<p><img src="a.jpg"></p><p style="text-align:center">大会开幕式</p>${paragraphs(3, PROSE_ZH)}</article>`,
    );
    const extraction = extractArticle(doc);
    expect(extraction.blocks.find((b) => b.text === '大会开幕式')?.kind).toBe('caption');
    expect(analyze(toAnalyzeRequest(extraction)).outline.map((item) => item.title)).not.toContain('大会开幕式');
  });

  it('zh--teaser-cards: list items holding a heading and only a date and a count are a teaser list, and a box title with a "more" link is no heading; a listicle entry with prose stays', () => {
    const card = (title: string) => `<li><img src="t.jpg"><h5>${title}</h5><p><time>2019-09-06</time><span>107</span></p><a href="/x"></a></li>`;
    const doc = htmlDocument(
      `<article>${paragraphs(3, PROSE_ZH)}<ul><li><h3>第一站：古城</h3><p>${PROSE_ZH}</p></li></ul>` +
        `<ul>${card('谁告你大长腿就好看的？')}${card('独家探营！背后的好声音')}</ul><h3>热门H5手游+更多</h3></article>`,
    );
    const texts = extractArticle(doc).blocks.map((b) => b.text);
    expect(texts).toContain('第一站：古城');
    expect(texts.filter((text) => text.includes('好看的') || text.includes('好声音') || text.startsWith('2019-09-06') || text.includes('更多'))).toEqual([]);
  });

  it('en--linked-section-headings: h3 links followed by prose stay headings; a list of linked headings does not', () => {
    const doc = htmlDocument(
      `<article>${paragraphs(2, PROSE_EN)}<h3><a href="/rez">“Rez Infinite” ($30)</a></h3>${paragraphs(1, PROSE_EN)}<h3><a href="/thumper">“Thumper” ($20)</a></h3>${paragraphs(1, PROSE_EN)}` +
        `<h3><a href="/x">Related one</a></h3><h3><a href="/y">Related two</a></h3></article>`,
    );
    const headings = extractArticle(doc).blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(['“Rez Infinite” ($30)', '“Thumper” ($20)']);
  });

  it('en--in-body-furniture: newsletter prompts, ad labels and agency photo credits are not paragraphs', () => {
    const doc = htmlDocument(
      `<article><p>JIM WATSON/AFP/Getty Images</p>${paragraphs(2, PROSE_EN)}<p>SIGN UP FOR OUR NEWSLETTER</p><p>ADVERTISING</p>${paragraphs(2, PROSE_EN)}</article>`,
    );
    const texts = extractArticle(doc).blocks.map((b) => b.text);
    for (const furniture of ['JIM WATSON/AFP/Getty Images', 'SIGN UP FOR OUR NEWSLETTER', 'ADVERTISING']) expect(texts).not.toContain(furniture);
  });

  it('zh--dated-info-line: "2020-06-06 10:08 来源：澎湃新闻" is a meta line whose date the analysis reads', () => {
    const doc = htmlDocument(`<div><p>2020-06-06 10:08 来源：澎湃新闻</p><article>${paragraphs(4, PROSE_ZH)}</article></div>`);
    const extraction = extractArticle(doc);
    expect(extraction.blocks.some((b) => b.kind === 'meta' && b.text.startsWith('2020-06-06'))).toBe(true);
    expect(analyze(toAnalyzeRequest(extraction)).meta.publishedAt).toBe('2020-06-06');
  });
  it('en--program-listings: <pre><code>, a highlighter’s <pre> and a shebang script are code, kept but never read as prose; a poem in <pre> stays text', () => {
    const doc = htmlDocument(
      `<article>${paragraphs(2, PROSE_EN)}<pre><code>const config = loadConfig();</code></pre>${paragraphs(1, PROSE_EN)}` +
        `<pre class="language-python">print(settings)</pre><pre>#!/usr/bin/env python3<br>import subprocess<br>def main(): pass</pre>` +
        `<pre>The woods are lovely, dark and deep,\nBut I have promises to keep.</pre>${paragraphs(1, PROSE_EN)}</article>`,
    );
    const extraction = extractArticle(doc);
    const kindOf = (start: string) => extraction.blocks.find((b) => b.text.startsWith(start))?.kind;
    expect(kindOf('const config')).toBe('code');
    expect(kindOf('print(settings)')).toBe('code');
    expect(kindOf('#!/usr/bin/env')).toBe('code');
    expect(kindOf('The woods are lovely')).toBe('paragraph');
    const terms = analyze(toAnalyzeRequest(extraction)).terms.map((t) => t.term.toLowerCase());
    for (const word of ['config', 'subprocess', 'settings', 'def']) expect(terms).not.toContain(word);
  });

  it('zh--slash-byline: a bold "执笔/…" or "文｜…" line is a byline (meta), not a section heading', () => {
    const doc = htmlDocument(
      `<article><p><strong>执笔/叨叨姐、胡一刀</strong></p>${paragraphs(3, PROSE_ZH)}<p><strong>文｜张三</strong></p>${paragraphs(3, PROSE_ZH)}</article>`,
    );
    const extraction = extractArticle(doc);
    for (const byline of ['执笔/叨叨姐、胡一刀', '文｜张三']) expect(extraction.blocks.find((b) => b.text === byline)?.kind).toBe('meta');
    expect(analyze(toAnalyzeRequest(extraction)).outline).toEqual([]);
  });
});

describe('page dates (issue 3 item 7)', () => {
  const body = `<article>${paragraphs(4, PROSE_EN)}</article>`;
  it('en--time-element: <time datetime> when no meta tag names the date', () => {
    const doc = htmlDocument(`<div><time datetime="2015-04-16T20:02:01+00:00">Apr 16, 2015</time></div>${body}`);
    expect(extractArticle(doc).meta.publishedAt).toBe('2015-04-16T20:02:01+00:00');
  });
  it('zh--script-pubtime: a "pubtime" assigned in an inline script', () => {
    const doc = htmlDocument(`<script>window.DATA = { "media": "扬眼", "pubtime": "2019-09-07 19:02:26" };</script>${body}`);
    expect(extractArticle(doc).meta.publishedAt).toBe('2019-09-07 19:02:26');
  });
  it('en--url-date: a date in the address is the last resort', () => {
    const doc = htmlDocument(body);
    expect(extractArticle(doc, 'http://money.cnn.com/2016/02/01/news/economy/poverty/index.html').meta.publishedAt).toBe('2016-02-01');
    expect(extractArticle(doc, 'http://example.com/news/20230926/article.html').meta.publishedAt).toBe('2023-09-26');
    expect(extractArticle(doc, 'http://example.com/news/article.html').meta.publishedAt).toBeUndefined();
  });
});

describe('articles split over pages (issue 4 item 4)', () => {
  it('zh--next-page-link: a 下一页 link under the body becomes a warning in the response', () => {
    const doc = htmlDocument(`<div id="main"><article>${paragraphs(4, PROSE_ZH)}</article><div class="pager"><a href="a_1.html">1</a> <a href="a_2.html">2</a> <a href="a_2.html">下一页</a></div></div>`);
    const extraction = extractArticle(doc, 'http://example.com/a.html');
    expect(extraction.warnings).toContain('article continues on another page; only this page was analysed');
    expect(analyze(toAnalyzeRequest(extraction)).warnings).toContain('article continues on another page; only this page was analysed');
  });
  it('zh--next-article-link: 下一篇 (the next article) is not pagination', () => {
    const doc = htmlDocument(`<div id="main"><article>${paragraphs(4, PROSE_ZH)}</article><div><a href="/b.html">下一篇：另一条新闻</a></div></div>`);
    expect(extractArticle(doc, 'http://example.com/a.html').warnings).not.toContain('article continues on another page; only this page was analysed');
  });
});
