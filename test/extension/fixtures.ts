import type { AnalyzeResponse } from '../../shared/schema/index.ts';

/** A small analysis in the shape the Worker returns, with a poisoned title and quote. */
export function sampleAnalysis(overrides: Partial<AnalyzeResponse> = {}): AnalyzeResponse {
  return {
    lang: 'zh',
    title: '加快推进新型工业化进程',
    meta: { source: '青海日报', publishedAt: '2023-09-26', authors: ['张三', '李四'], editor: '海燕' },
    summary: [
      { text: '全国新型工业化推进大会在北京召开。', blockId: 'b1' },
      { text: '大家纷纷表示,要牢牢把握高质量发展这个首要任务。', blockId: 'b2' },
    ],
    outline: [
      { title: '高质量发展贯穿新型工业化全过程', level: 2, kind: 'emphasis', blockId: 'b3', gist: '推进新型工业化是一个系统工程。' },
      { title: '汇聚起推进新型工业化的强大力量', level: 2, kind: 'emphasis', blockId: 'b7', gist: '' },
    ],
    speakers: [
      {
        name: '汪凤英',
        aliases: [],
        role: '处长',
        org: '青海省工业和信息化厅信息发展处',
        quotes: [{ text: '习近平总书记对推进新型工业化高度重视', blockId: 'b4', start: 3, end: 21, direct: true }],
      },
      { name: '李岩', aliases: [], role: null, org: null, quotes: [] },
    ],
    orgSpeakers: [{ name: '青海省科学技术厅', quotes: [{ text: '科技创新是关键', blockId: 'b5', start: 0, end: 7, direct: false }] }],
    terms: [
      { term: '新型工业化', score: 1, count: 12 },
      { term: '高质量发展', score: 0.8, count: 5 },
    ],
    stats: { chars: 4200, sentences: 80, ms: 12.4 },
    ...overrides,
  };
}

/** Markup that would run if any renderer treated text as HTML. */
export const POISON = '"><script>window.__poisoned=1</script><img src=x onerror="window.__poisoned=1">';
