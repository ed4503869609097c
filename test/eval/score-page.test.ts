import { describe, expect, it } from 'vitest';
import type { AnalyzeResponse, Speaker } from '../../shared/schema/index.ts';
import { exactValueMismatches } from '../../scripts/eval/exact-values.ts';
import type { GoldLabel } from '../../scripts/eval/gold.ts';
import type { PageRun } from '../../scripts/eval/run-page.ts';
import { scorePage } from '../../scripts/eval/score-page.ts';
import { checkTargets, computeTotals } from '../../scripts/eval/totals.ts';

const gold: GoldLabel = {
  id: 'test/page',
  lang: 'zh',
  is_article: true,
  title: '全国新型工业化推进大会召开',
  headings: ['高质量发展贯穿新型工业化全过程', '汇聚起推进新型工业化的强大力量'],
  speakers: [
    { name: '汪凤英', aliases: ['汪处长'], role: '处长', org: '青海省工业和信息化厅信息发展处', quotes: 2, first_quote: '习近平总书记对推进新型工业化高度重视' },
    { name: '钱国庆', aliases: [], role: '常务副州长', org: '海南藏族自治州政府', quotes: 1, first_quote: '世界清洁能源看中国' },
  ],
  org_speakers: [],
  key_terms: ['新型工业化', '高质量发展', '清洁能源'],
  meta: { source: '青海日报', published: '2023-09-26', authors: ['王菲菲'], editor: '海燕' },
  key_sentences: ['9月22日至23日,全国新型工业化推进大会在北京召开。', '汪凤英表示,习近平总书记对推进新型工业化高度重视。'],
};

const quote = (text: string) => ({ text, blockId: 'b1', start: 0, end: text.length, direct: false });
const speaker = (name: string, role: string | null, org: string | null, quotes: string[]): Speaker => ({ name, aliases: [], role, org, quotes: quotes.map(quote) });

function response(overrides: Partial<AnalyzeResponse>): AnalyzeResponse {
  return {
    lang: 'zh',
    title: gold.title,
    meta: { source: '青海日报', publishedAt: '2023-09-26T08:00:00+08:00', authors: ['王菲菲'], editor: '海燕' },
    summary: [
      { text: '9月22日至23日，全国新型工业化推进大会在北京召开。', blockId: 'b0' },
      { text: '汪凤英表示，习近平总书记对推进新型工业化高度重视。', blockId: 'b1' },
    ],
    outline: [
      { title: '高质量发展贯穿新型工业化全过程', level: 2, kind: 'emphasis', blockId: 'b2', gist: '' },
      { title: '汇聚起推进新型工业化的强大力量', level: 2, kind: 'emphasis', blockId: 'b3', gist: '' },
      { title: '产业布局', level: 2, kind: 'topic', blockId: 'b4', gist: '' },
    ],
    speakers: [
      speaker('汪凤英', '处长', '青海省工业和信息化厅信息发展处', ['习近平总书记对推进新型工业化高度重视，让我们感到责任重大', '第二句']),
      speaker('钱国庆', '常务副州长', '海南藏族自治州政府', ['世界清洁能源看中国']),
    ],
    orgSpeakers: [],
    terms: ['新型工业化', '高质量发展', '清洁能源'].map((term) => ({ term, score: 1, count: 3 })),
    stats: { chars: 100, sentences: 5, ms: 1 },
    ...overrides,
  };
}

function run(analysis: AnalyzeResponse | undefined, peerTerms: string[] = []): PageRun {
  return {
    page: { gold, file: 'unused.html' },
    url: undefined,
    detection: { isArticle: true, score: 0.9, reasons: [] },
    request: undefined,
    response: analysis,
    peerTerms,
    lead: [],
    extractMs: 0,
    analyzeMs: 0,
    error: analysis === undefined ? 'analyze: boom' : undefined,
  };
}

describe('scorePage', () => {
  it('scores a perfect analysis as perfect, ignoring outline topic items', () => {
    const figures = scorePage(run(response({})));
    expect(figures.speakers.f1).toBe(1);
    expect(figures.role).toEqual({ correct: 2, total: 2 });
    expect(figures.org).toEqual({ correct: 2, total: 2 });
    expect(figures.quoteError).toEqual({ sum: 0, count: 2 });
    expect(figures.headings?.f1).toBe(1);
    expect(figures.terms).toEqual({ hits: 3, k: 10, precision: 0.3 });
    expect(figures.date).toEqual({ predicted: '2023-09-26', gold: '2023-09-26', correct: true });
    expect(figures.summary.f1).toBe(1);
    expect(exactValueMismatches(run(response({})))).toEqual([]);
  });

  it('counts an extra speaker, a wrong role and a quote-count error', () => {
    const figures = scorePage(
      run(
        response({
          speakers: [
            speaker('汪处长', '副处长', '青海省工业和信息化厅', ['习近平总书记对推进新型工业化高度重视']),
            speaker('王菲菲', null, null, ['记者']),
          ],
        }),
      ),
    );
    expect([figures.speakers.hits, figures.speakers.predicted, figures.speakers.gold]).toEqual([1, 2, 2]);
    expect(figures.speakers.f1).toBe(0.5);
    // 副处长 contains 处长, so the role counts as right under the README's containment rule.
    expect(figures.role).toEqual({ correct: 1, total: 1 });
    expect(figures.org).toEqual({ correct: 1, total: 1 });
    expect(figures.quoteError).toEqual({ sum: 1, count: 1 });
  });

  it('scores a failed page as nothing predicted, and the totals miss every target', () => {
    const failed = scorePage(run(undefined, ['新型', '工业化', '高质量发展']));
    expect(failed.error).toBe('analyze: boom');
    expect(failed.speakers.recall).toBe(0);
    // 工业化 is 3/5 of 新型工业化 (≥ 60 %) and matches; 新型 (2/5) does not.
    expect(failed.peerTerms.hits).toBe(2);
    const totals = computeTotals([failed]);
    expect(totals.termsRatio).toBe(0);
    expect(checkTargets(totals).every((check) => !check.met)).toBe(true);
  });

  it('micro-averages: a page with more speakers weighs more', () => {
    const perfect = scorePage(run(response({})));
    const empty = scorePage(run(response({ speakers: [], outline: [] })));
    const totals = computeTotals([perfect, empty]);
    expect(totals.speakers.recall).toBe(0.5);
    expect(totals.headings.f1).toBeCloseTo(4 / 6, 10);
  });
});
