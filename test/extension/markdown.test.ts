import { describe, expect, test } from 'vitest';
import { analysisToMarkdown, escapeText } from '../../extension/sidebar/markdown.ts';
import { POISON, sampleAnalysis } from './fixtures.ts';

describe('analysisToMarkdown', () => {
  test('title links to the article, then summary, outline with gists, speakers with roles, terms', () => {
    const markdown = analysisToMarkdown({ analysis: sampleAnalysis(), url: 'https://news.example.cn/a/1.html' });
    expect(markdown).toBe(
      [
        '# [加快推进新型工业化进程](https://news.example.cn/a/1.html)',
        '',
        '青海日报 · 2023-09-26 · 张三, 李四',
        '',
        '## Summary',
        '',
        '全国新型工业化推进大会在北京召开。大家纷纷表示,要牢牢把握高质量发展这个首要任务。',
        '',
        '## Outline',
        '',
        '- **高质量发展贯穿新型工业化全过程** — 推进新型工业化是一个系统工程。',
        '- **汇聚起推进新型工业化的强大力量**',
        '',
        '## Who said what',
        '',
        '- **汪凤英** (处长 · 青海省工业和信息化厅信息发展处) — 1 statement',
        '  - “习近平总书记对推进新型工业化高度重视”',
        '- **李岩** — 0 statements',
        '',
        '## Key terms',
        '',
        '新型工业化 · 高质量发展',
        '',
      ].join('\n'),
    );
  });

  test('Chinese interface labels and separators', () => {
    const markdown = analysisToMarkdown({ analysis: sampleAnalysis(), locale: 'zh' });
    expect(markdown).toContain('## 摘要');
    expect(markdown).toContain('## 谁说了什么');
    expect(markdown).toContain('青海日报 · 2023-09-26 · 张三、李四');
    expect(markdown).toContain('1 条发言');
  });

  test('English sentences are joined with a space; empty sections are left out', () => {
    const markdown = analysisToMarkdown({
      analysis: sampleAnalysis({
        lang: 'en',
        title: 'Rates held',
        meta: { source: null, publishedAt: null, authors: [], editor: null },
        summary: [{ text: 'The bank held rates.', blockId: 'b1' }, { text: 'Markets rose.', blockId: 'b2' }],
        outline: [],
        speakers: [],
        terms: [],
      }),
    });
    expect(markdown).toBe('# Rates held\n\n## Summary\n\nThe bank held rates. Markets rose.\n');
  });

  test('page text cannot inject links, HTML or structure', () => {
    const markdown = analysisToMarkdown({
      analysis: sampleAnalysis({ title: `[click](javascript:alert(1)) ${POISON}`, summary: [{ text: '# not a heading\n- not a list', blockId: 'b1' }] }),
      url: 'javascript:alert(1)',
    });
    // Every "<" is escaped, so no renderer sees a tag.
    expect(markdown).not.toMatch(/(^|[^\\])</m);
    // No unescaped "](" starts a link to a javascript: URL; the page URL itself is dropped.
    expect(markdown).not.toMatch(/(^|[^\\])\]\(javascript:/m);
    expect(markdown.split('\n')[0]).toBe(`# \\[click\\](javascript:alert(1)) ${escapeText(POISON)}`);
    expect(markdown).toContain('\n\\# not a heading - not a list\n');
  });

  test('URLs that would break the link target are percent-encoded', () => {
    const markdown = analysisToMarkdown({ analysis: sampleAnalysis({ title: 'T' }), url: 'https://example.com/a_(b)' });
    expect(markdown.split('\n')[0]).toBe('# [T](https://example.com/a_%28b%29)');
  });
});

describe('escapeText', () => {
  test('escapes Markdown syntax and ordered-list starts, collapses whitespace', () => {
    expect(escapeText('  a *b* _c_ `d`\n\n<e> | ~f~ ')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\<e\\> \\| \\~f\\~');
    expect(escapeText('2023. A year')).toBe('2023\\. A year');
    expect(escapeText('+1 vote')).toBe('\\+1 vote');
  });
});
