import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/page/extract.ts';
import { AnalyzeRequest } from '../../shared/schema/index.ts';
import { toAnalyzeRequest } from '../../shared/page/to-request.ts';
import { corpusDir, htmlDocument, loadCorpusPage, loadSeedPage, type GoldLabel } from './corpus.ts';

/** NFKC + whitespace folding, as the corpus scoring rules compare text. */
const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

describe('extractArticle on the seed page', () => {
  const doc = loadSeedPage();
  const before = doc.documentElement.outerHTML;
  const extraction = extractArticle(doc, 'https://www.qinghai.gov.cn/qhyw/2023-09/26/1000.html');
  const texts = extraction.blocks.map((block) => block.text);
  const paragraphs = extraction.blocks.filter((block) => block.kind === 'paragraph' && !block.emphasis).map((block) => block.text);

  it('does not modify the page (no attributes, no moved nodes)', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector('[data-lens-index]')).toBeNull();
  });

  it('takes the headline as title, without the "_青海要闻" suffix', () => {
    expect(extraction.title).toBe('加快推进新型工业化进程 为实现高质量发展作出积极贡献——全国新型工业化推进大会在我省干部群众中引起热烈反响');
  });

  it('turns the info line, the closing byline and the editor line into meta blocks', () => {
    const meta = extraction.blocks.filter((block) => block.kind === 'meta').map((block) => block.text);
    expect(meta).toContain('来源:青海日报 发布时间:2023-09-26');
    expect(meta).toContain('(本报记者 王菲菲 执笔;张洪旭 陈俊 王晶 董洁 马振东 陈晨 何敏 洪玉杰 参与)');
    expect(meta).toContain('[责任编辑:海燕]');
    // The info line comes first, in page order.
    expect(extraction.blocks[0]?.text).toBe('来源:青海日报 发布时间:2023-09-26');
  });

  it('marks the three centred bold sub-headings as emphasis paragraphs', () => {
    const emphasis = extraction.blocks.filter((block) => block.emphasis);
    expect(emphasis.map((block) => block.text)).toEqual(['高质量发展贯穿新型工业化全过程', '汇聚起推进新型工业化的强大力量', '为中国式现代化构筑强大物质技术基础']);
    expect(emphasis.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('keeps every body paragraph of the article, in order', () => {
    const bodyParagraphs = Array.from(doc.querySelectorAll('#content > p'))
      .map((p) => (p.textContent ?? '').trim())
      .filter((text) => !text.startsWith('(本报记者') && !['高质量发展贯穿新型工业化全过程', '汇聚起推进新型工业化的强大力量', '为中国式现代化构筑强大物质技术基础'].includes(text));
    expect(bodyParagraphs.length).toBe(15);
    expect(paragraphs).toEqual(bodyParagraphs);
  });

  it('takes nothing from the navigation, sidebar, share bar, previous/next links or footer', () => {
    const joined = texts.join('\n');
    for (const outside of ['首页', '政务公开', '相关新闻', '省政府召开常务会议', '分享到', '上一篇', '下一篇', '版权所有', '主办单位', '现在的位置', '字号']) {
      expect(joined, outside).not.toContain(outside);
    }
  });

  it('numbers blocks b0, b1, … and maps each id to the live element holding its text', () => {
    expect(extraction.blocks.map((block) => block.id)).toEqual(extraction.blocks.map((_, i) => `b${i}`));
    for (const block of extraction.blocks) {
      const element = extraction.elements.get(block.id);
      expect(element, block.id).toBeDefined();
      expect(element?.ownerDocument, block.id).toBe(doc);
      expect(fold(element?.textContent ?? ''), block.id).toContain(fold(block.text).slice(0, 10));
    }
    const subheading = extraction.blocks.find((block) => block.emphasis);
    expect(extraction.elements.get(subheading!.id)?.getAttribute('style')).toContain('text-align: center');
  });

  it('becomes a valid analyze request', () => {
    const request = AnalyzeRequest.parse(toAnalyzeRequest(extraction));
    expect(request.title).toBe(extraction.title);
    expect(request.blocks.length).toBe(extraction.blocks.length);
    expect(request.url).toBe('https://www.qinghai.gov.cn/qhyw/2023-09/26/1000.html');
  });
});

/** Copyright, breadcrumb and previous/next lines: never a paragraph of the article. */
const BOILERPLATE = /版权所有|上一篇|下一篇|当前位置|现在的位置|Copyright/i;
const boilerplateOf = (blocks: ReadonlyArray<{ kind: string; text: string }>) =>
  blocks.filter((block) => block.kind === 'paragraph' && BOILERPLATE.test(block.text) && block.text.length < 200).map((block) => block.text);

describe('extractArticle on every Chinese news page of the corpus (gne/)', () => {
  const ids = readdirSync(path.join(corpusDir, 'pages', 'gne')).map((name) => `gne/${name.replace(/\.html(?:\.gz)?$/, '')}`);

  it('has the 62 pages', () => expect(ids.length).toBe(62));

  it.each(ids)('%s: paragraphs, and no block is copyright or navigation', (id) => {
    const extraction = extractArticle(loadCorpusPage(id));
    const paragraphs = extraction.blocks.filter((block) => block.kind === 'paragraph');
    expect(paragraphs.length, 'paragraphs').toBeGreaterThan(0);
    expect(boilerplateOf(extraction.blocks)).toEqual([]);
  });
});

describe('extractArticle on the labelled Chinese pages', () => {
  const labels = readdirSync(path.join(corpusDir, 'labels'))
    .filter((name) => name.startsWith('gne__'))
    .map((name) => JSON.parse(readFileSync(path.join(corpusDir, 'labels', name), 'utf8')) as GoldLabel);

  it('has labelled pages to check', () => expect(labels.length).toBeGreaterThanOrEqual(14));

  for (const label of labels) {
    it(`${label.id}: every speaker's first quote lies in the blocks, and no block is copyright or navigation`, () => {
      const extraction = extractArticle(loadCorpusPage(label.id));
      const text = fold(extraction.blocks.map((block) => block.text).join('\n'));
      const missing = label.speakers.filter((speaker) => !text.includes(fold(speaker.first_quote))).map((speaker) => `${speaker.name}: ${speaker.first_quote}`);
      expect(missing).toEqual([]);
      expect(boilerplateOf(extraction.blocks)).toEqual([]);
      expect(fold(extraction.title)).toBe(fold(label.title));
    });
  }
});

describe('extractArticle on small pages', () => {
  it('keeps heading levels and block kinds: quote, list item, caption', () => {
    const doc = htmlDocument(`<article>
      <h1>A headline for a test article here</h1>
      <p>${'The first paragraph says something about the topic at length. '.repeat(4)}</p>
      <h2>A section</h2>
      <p>${'Another paragraph with enough words to count as article prose. '.repeat(4)}</p>
      <blockquote><p>${'A quoted passage that a speaker said in full. '.repeat(3)}</p></blockquote>
      <ul><li>${'One list item that has a sentence of its own. '.repeat(2)}</li><li>${'A second list item with a sentence too. '.repeat(2)}</li></ul>
      <figure><img src="x.jpg"><figcaption>A worker repairs cables in Queens.</figcaption></figure>
      <p>${'A closing paragraph that wraps the story up for the reader. '.repeat(4)}</p>
    </article>`);
    const kinds = extractArticle(doc).blocks.map((block) => (block.kind === 'heading' ? `h${block.level}` : block.kind));
    expect(kinds).toContain('h2');
    expect(kinds).toContain('quote');
    expect(kinds.filter((kind) => kind === 'list-item')).toHaveLength(2);
    expect(kinds).toContain('caption');
  });

  it('returns no blocks, and a warning, for an empty page', () => {
    const extraction = extractArticle(htmlDocument(''));
    expect(extraction.blocks).toEqual([]);
    expect(extraction.warnings.length).toBeGreaterThan(0);
  });
});
