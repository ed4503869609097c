import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../shared/page/detect.ts';
import { Detection } from '../../shared/schema/index.ts';
import { htmlDocument, loadCorpusPage, loadSeedPage } from './corpus.ts';

describe('detectArticle', () => {
  it('says the seed page is an article, with reasons', () => {
    const detection = Detection.parse(detectArticle(loadSeedPage()));
    expect(detection.isArticle).toBe(true);
    expect(detection.score).toBeGreaterThan(0.8);
    expect(detection.reasons.some((reason) => reason.startsWith('main block: 14 long paragraph(s)'))).toBe(true);
  });

  it('reads the page text for Chinese news markers only when the verdict is still open', () => {
    // The seed is decided by its structure alone: no body-text read, no marker reason.
    expect(detectArticle(loadSeedPage()).reasons.some((reason) => reason.includes('来源'))).toBe(false);
    // A one-paragraph Chinese brief is undecided by structure: the markers are looked at and reported.
    expect(detectArticle(loadCorpusPage('gne/hexun_1')).reasons.some((reason) => reason.includes('责任编辑'))).toBe(true);
  });

  it('says news lists, a forum board and a Tieba list are not articles', () => {
    for (const id of ['gne-list/163_1', 'gne-list/163_2', 'gne-list/netease_forum_1', 'gne-list/tieba_1']) {
      expect(detectArticle(loadCorpusPage(id)).isArticle, id).toBe(false);
    }
  });

  it('recognises dense Chinese news pages that isProbablyReaderable misses', () => {
    for (const id of ['gne/163_3', 'gne/qq_2', 'gne/people_1', 'gne/thepaper_5']) {
      expect(detectArticle(loadCorpusPage(id)).isArticle, id).toBe(true);
    }
  });

  it('scores in [0, 1] and does not modify the document', () => {
    const doc = loadSeedPage();
    const before = doc.documentElement.outerHTML;
    const { score } = detectArticle(doc);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('never throws on empty or broken documents', () => {
    expect(detectArticle(htmlDocument('')).isArticle).toBe(false);
    const broken = htmlDocument('<script type="application/ld+json">{"@type": "NewsArticle",</script><p>short</p>');
    expect(() => detectArticle(broken, 'not a url')).not.toThrow();
  });
});
