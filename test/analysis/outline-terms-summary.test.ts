import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/pipeline.ts';
import type { AnalyzeRequest, Block } from '../../shared/schema/index.ts';

/** Named cases for the outline, key-term and summary stages (issue 3 items 4–6). */

let next = 0;
const p = (text: string, extra: Partial<Block> = {}): Block => ({ id: `b${next++}`, kind: 'paragraph', text, ...extra });
const h = (text: string, level = 2): Block => ({ id: `b${next++}`, kind: 'heading', level, text });
const EN_PROSE = 'The city said on Monday that the repairs to the old water mains would take most of the winter and cost more than planned.';
const ZH_PROSE = '当地政府表示，这项工程将在今年冬天完成，预计投入资金超过原计划，涉及多个街道和社区的居民生活。';

function outlineTitles(request: AnalyzeRequest): string[] {
  return analyze(request).outline.map((item) => item.title);
}

describe('outline', () => {
  it('en--standfirst-heading: a sentence-like h2 above all the prose is a standfirst, not a section', () => {
    const titles = outlineTitles({
      title: 'Water mains break',
      blocks: [h('The U.S. has long been heralded as a land of opportunity, a place where anyone can succeed.'), p(EN_PROSE), h('Repairs take time'), p(EN_PROSE)],
    });
    expect(titles).toEqual(['Repairs take time']);
  });

  it('en--widget-headings: titles over a pricing box with no prose are not sections', () => {
    const titles = outlineTitles({
      title: 'A review',
      blocks: [p(EN_PROSE), h('What works'), p(EN_PROSE), h('Monthly'), p('$7/month'), p('A flexible plan you can cancel anytime.'), h('Annual'), p('$70/year'), p('A discounted plan for the year.')],
    });
    expect(titles).toEqual(['What works']);
  });

  it('zh--interview-questions: many bold questions are an interview, one bold question is a title', () => {
    const interview = outlineTitles({
      title: '访谈',
      blocks: [p(ZH_PROSE), p('债券市场存在泡沫吗？', { emphasis: true }), p(ZH_PROSE), p('会有崩盘吗？', { emphasis: true }), p(ZH_PROSE), p('央行应该做什么？', { emphasis: true }), p(ZH_PROSE)],
    });
    expect(interview).toEqual([]);
    const feature = outlineTitles({ title: '报道', blocks: [p(ZH_PROSE), p('一分钱变一元钱，消解经典文化可取吗？', { emphasis: true }), p(ZH_PROSE), p('你知道吗', { emphasis: true }), p(ZH_PROSE)] });
    expect(feature).toEqual(['一分钱变一元钱，消解经典文化可取吗？', '你知道吗']);
  });

  it('zh--numbered-title-with-figures: a bare number before a title holding a stock quote keeps the title', () => {
    const titles = outlineTitles({ title: '观点', blocks: [p(ZH_PROSE), p('2'), p('贝莱德(431.2, 7.37, 1.74%)固定收益业务全球首席投资官：Rick Rieder'), p(ZH_PROSE)] });
    expect(titles).toEqual(['贝莱德(431.2, 7.37, 1.74%)固定收益业务全球首席投资官：Rick Rieder']);
  });

  it('zh--attribution-line: a bold "——（宋）陆游" under a poem signs it; the poem’s title heads the section', () => {
    const titles = outlineTitles({
      title: '父亲节读诗',
      blocks: [p(ZH_PROSE), p('《冬夜读书示子聿》', { emphasis: true }), p('古人学问无遗力，少壮工夫老始成。'), p('——（宋）陆游', { emphasis: true }), p(ZH_PROSE), p('— Mark Twain', { emphasis: true }), p(ZH_PROSE)],
    });
    expect(titles).toEqual(['《冬夜读书示子聿》']);
  });

  it('en--lower-case-fragment: a bold fragment starting in lower case is not a heading', () => {
    expect(outlineTitles({ title: 'T', blocks: [p(EN_PROSE), p('of the New York edition', { emphasis: true }), p(EN_PROSE)] })).toEqual([]);
  });

  it('zh--after-editor-line: what follows a closing 责任编辑 line is not the article', () => {
    const response = analyze({
      title: '报道',
      blocks: [p(ZH_PROSE), p(ZH_PROSE), p(ZH_PROSE), { id: 'ed', kind: 'meta', text: '责任编辑: 刘响' }, h('观察员'), p('【深度】越南拒用中国5G，原因和后果是什么样的一个问题，大参考栏目的文章')],
    });
    expect(response.outline).toEqual([]);
    expect(response.summary.map((s) => s.text).join('')).not.toContain('越南');
  });
});

describe('key terms', () => {
  it('zh--verbal-noun-closes-phrase: 高质量发展 stays whole, no particle-glued fragments', () => {
    const text = '推动高质量发展是当前的首要任务。她的团队认为，高质量发展需要科技创新。各地坚持高质量发展，依靠科技创新。';
    const terms = analyze({ title: '高质量发展', blocks: [p(text), p(text)] }).terms.map((t) => t.term);
    expect(terms[0]).toBe('高质量发展');
    expect(terms).toContain('科技创新');
    expect(terms).not.toContain('她的');
    expect(terms).not.toContain('高质量');
  });

  it('en--full-name: a surname term takes the full name the article introduced', () => {
    const blocks = [
      p('Snopes writer David Emery posted to Twitter on Friday asking about supporters of the campaign.'),
      p('Emery later deleted the post. Emery has written for the site for years, and Emery declined to comment.'),
      p('The site said Emery was a writer and that Emery posted as a private person.'),
    ];
    const terms = analyze({ title: 'Snopes writer', blocks }).terms.map((t) => t.term);
    expect(terms).toContain('David Emery');
    expect(terms).not.toContain('Emery');
  });

  it('en--no-adverbs-or-contractions: "literally", "wasn’t" never start or make a term', () => {
    const blocks = [p('She was literally burning up. It wasn’t safe, and it wasn’t legal, she was literally told.'), p('The pills were literally toxic and it wasn’t clear why.')];
    const terms = analyze({ title: 'Pills', blocks }).terms.map((t) => t.term.toLowerCase());
    expect(terms.some((term) => term.startsWith('literally') || term.includes('wasn'))).toBe(false);
  });
});

describe('summary', () => {
  it('en--lead-and-sections: five sentences in article order, the lead first, one from each section', () => {
    const blocks = [
      p('Officials announced a plan to replace the oldest water mains in the city over the next decade. The plan covers 500 miles of pipe.'),
      h('Rock salt and fires'),
      p('Rock salt used on icy streets seeps into manholes and causes electrical fires under the pavement. Utilities spend millions on repairs.'),
      h('Potholes'),
      p('Almost 1.8 million potholes have been filled since the mayor took office, and the water mains under them keep breaking in winter.'),
      h('Training'),
      p('Workers learn to fix the water mains and the gas mains in a training yard in Queens, the utility said in a statement.'),
    ];
    const response = analyze({ title: 'Water mains', blocks });
    const ids = response.summary.map((s) => s.blockId);
    expect(response.summary.length).toBeGreaterThanOrEqual(3);
    expect(response.summary.length).toBeLessThanOrEqual(5);
    expect(response.summary[0]?.text).toBe('Officials announced a plan to replace the oldest water mains in the city over the next decade.');
    expect([...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))).toEqual(ids);
    for (const section of [blocks[2], blocks[4], blocks[6]]) expect(ids).toContain(section?.id);
  });
});
