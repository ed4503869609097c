import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/pipeline.ts';
import { AnalyzeResponse } from '../../shared/schema/index.ts';
import { seedLabel, seedRequest } from './seed-blocks.ts';

/** The corpus scoring fold: NFKC, case, whitespace and interpuncts (corpus/README.md). */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s·•・.]+/gu, '');
}

const label = seedLabel();

describe.each([
  ['with the breadcrumb as a meta block', true],
  ['without the breadcrumb', false],
])('the seed page, %s', (_name, breadcrumb) => {
  const response = analyze(seedRequest({ breadcrumb }));

  it('is a valid AnalyzeResponse in Chinese with the headline as title', () => {
    expect(AnalyzeResponse.safeParse(response).success).toBe(true);
    expect(response.lang).toBe('zh');
    expect(response.title).toBe(label.title);
  });

  it('outlines exactly the three bold sub-headings, kind "emphasis", each with a one-sentence gist', () => {
    expect(response.outline.map((item) => [item.title, item.kind])).toEqual(
      (label.headings ?? []).map((heading) => [heading, 'emphasis']),
    );
    for (const item of response.outline) {
      expect(item.gist.length).toBeGreaterThan(10);
      // One sentence: no sentence terminator before its end.
      expect(item.gist.slice(0, -2)).not.toMatch(/[。！？](?!”)/u);
    }
  });

  it('finds exactly the eleven labelled speakers with their roles and organisations', () => {
    const got = response.speakers.map((speaker) => ({ name: speaker.name, role: speaker.role, org: speaker.org }));
    const want = label.speakers.map((speaker) => ({ name: speaker.name, role: speaker.role || null, org: speaker.org || null }));
    expect(got.sort((a, b) => a.name.localeCompare(b.name))).toEqual(want.sort((a, b) => a.name.localeCompare(b.name)));
  });

  it('counts each speaker\'s statements as labelled (习近平 2, 吉孝云 2 around 说, the others 1)', () => {
    const counts = Object.fromEntries(response.speakers.map((speaker) => [speaker.name, speaker.quotes.length]));
    expect(counts).toEqual(Object.fromEntries(label.speakers.map((speaker) => [speaker.name, speaker.quotes])));
  });

  it('starts each speaker\'s first statement where the label does', () => {
    for (const gold of label.speakers) {
      const speaker = response.speakers.find((candidate) => candidate.name === gold.name);
      const first = speaker?.quotes[0]?.text ?? '';
      // The label's first_quote is the first ~20 characters; a reported statement may open with a quotation mark.
      expect(fold(first.replace(/^[“"]/u, '')).startsWith(fold(gold.first_quote).slice(0, 8)), `${gold.name}: ${first}`).toBe(true);
    }
  });

  it('keeps 习近平总书记 as an alias of 习近平', () => {
    expect(response.speakers.find((speaker) => speaker.name === '习近平')?.aliases).toContain('习近平总书记');
  });

  it('attributes 晁守成\'s colon-introduced quotation (no speech verb) as a direct quote', () => {
    const quote = response.speakers.find((speaker) => speaker.name === '晁守成')?.quotes[0];
    expect(quote?.direct).toBe(true);
    expect(quote?.text.startsWith('坚持绿色低碳循环发展')).toBe(true);
  });

  it('attributes both of 吉孝云\'s quotations, before and after 说', () => {
    const quotes = response.speakers.find((speaker) => speaker.name === '吉孝云')?.quotes ?? [];
    expect(quotes.map((quote) => quote.text.slice(0, 6))).toEqual(['习近平总书记', '我们将继续秉']);
    expect(quotes.every((quote) => quote.direct)).toBe(true);
  });

  it('lists no reporter, editor or 大家 among speakers, and no org speakers', () => {
    const names = response.speakers.map((speaker) => speaker.name);
    for (const staff of [...label.meta.authors, label.meta.editor, '大家']) expect(names).not.toContain(staff);
    expect(response.orgSpeakers).toEqual([]);
  });

  it('reads source, date, the nine byline authors and the editor', () => {
    expect(response.meta).toEqual({
      source: '青海日报',
      publishedAt: '2023-09-26',
      authors: ['王菲菲', '张洪旭', '陈俊', '王晶', '董洁', '马振东', '陈晨', '何敏', '洪玉杰'],
      editor: '海燕',
    });
  });

  it('ranks 新型工业化 and 高质量发展 as whole phrases, without fragments, bare verbs or nested duplicates', () => {
    const terms = response.terms.map((term) => term.term);
    expect(terms.slice(0, 5)).toEqual(expect.arrayContaining(['新型工业化', '高质量发展']));
    for (const fragment of ['新型', '工业化', '高质量', '新型工业', '推进', '发展', '表示', '的', '加快']) expect(terms).not.toContain(fragment);
    for (const term of response.terms) expect(term.count).toBeGreaterThan(0);
    expect(response.terms.map((term) => term.score)).toEqual([...response.terms.map((term) => term.score)].sort((a, b) => b - a));
  });

  it('summarises in 3–5 verbatim sentences, in article order, covering the lead and the sections', () => {
    const summary = response.summary;
    expect(summary.length).toBeGreaterThanOrEqual(3);
    expect(summary.length).toBeLessThanOrEqual(5);
    const request = seedRequest({ breadcrumb });
    const order = request.blocks.map((block) => block.id);
    const positions = summary.map((sentence) => order.indexOf(sentence.blockId));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const sentence of summary) {
      expect(request.blocks.find((block) => block.id === sentence.blockId)?.text).toContain(sentence.text);
    }
    // Covers the lead and every section, not only the first sentences.
    const sectionStarts = response.outline.map((item) => order.indexOf(item.blockId));
    const parts = new Set(positions.map((position) => sectionStarts.filter((start) => start < position).length));
    expect(parts).toEqual(new Set([0, 1, 2, 3]));
  });

  it('reports its size and time', () => {
    expect(response.stats.chars).toBeGreaterThan(2500);
    expect(response.stats.sentences).toBeGreaterThan(20);
    expect(response.stats.ms).toBeGreaterThanOrEqual(0);
  });
});
