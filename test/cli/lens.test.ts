import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AnalyzeResponse } from '../../shared/schema/index.ts';
import { corpusFile, repoRoot, sharedDir } from '../page/corpus.ts';
import { encodeLegacy } from './legacy-encode.ts';

/** Runs the real bin with Node 24 (the machine's `node` may be older), as `npx lens` does. */
function lens(...args: string[]) {
  const result = spawnSync(path.join(repoRoot, 'node_modules/.bin/node'), [path.join(repoRoot, 'cli/lens.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean) };
}

const seed = path.join(sharedDir, 'seed/article.html');
const seedTitle = '加快推进新型工业化进程 为实现高质量发展作出积极贡献——全国新型工业化推进大会在我省干部群众中引起热烈反响';

/** A GBK-encoded copy of the legacy-charset fixture, plain and gzipped. */
function gbkFixture(): { html: string; gz: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'lens-cli-'));
  const text = readFileSync(path.join(repoRoot, 'test/fixtures/page/zh--legacy-charset.html'), 'utf8').replace('{{charset}}', 'gbk');
  const bytes = encodeLegacy(text, 'gb18030');
  const html = path.join(dir, 'gbk.html');
  const gz = path.join(dir, 'gbk.html.gz');
  writeFileSync(html, bytes);
  writeFileSync(gz, gzipSync(bytes));
  return { html, gz };
}

describe('lens CLI', { timeout: 60_000 }, () => {
  it('analyze --json on the seed page: one valid line with detection and analysis', () => {
    const run = lens('analyze', '--json', seed);
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(1);
    const line = JSON.parse(run.lines[0]!);
    expect(line.input).toBe(seed);
    expect(line.detection.isArticle).toBe(true);
    expect(line.error).toBeUndefined();
    const analysis = AnalyzeResponse.parse(line.analysis);
    expect(analysis.title).toBe(seedTitle);
    expect(analysis.stats.chars).toBeGreaterThan(2000);
  });

  it('analyze without --json prints a readable report with the title', () => {
    const run = lens('analyze', seed);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`title:  ${seedTitle}`);
    for (const section of ['Summary:', 'Outline:', 'Speakers:', 'Top terms:']) expect(run.stdout).toContain(section);
  });

  it('detect --json on gne/qq_2 (declares gb2312, is UTF-8): decoded, judged an article', () => {
    const run = lens('detect', '--json', corpusFile('gne/qq_2'));
    expect(run.status).toBe(0);
    const line = JSON.parse(run.lines[0]!);
    expect(Object.keys(line)).toEqual(['input', 'isArticle', 'score', 'reasons']);
    expect(line.isArticle).toBe(true);
    const analysis = AnalyzeResponse.parse(JSON.parse(lens('analyze', '--json', corpusFile('gne/qq_2')).lines[0]!).analysis);
    expect(analysis.title).toContain('数据业大整顿：爬虫与现金贷共生共荣');
  });

  it('decodes a GBK page, plain and gzipped, to the right title', () => {
    const { html, gz } = gbkFixture();
    const run = lens('analyze', '--json', html, gz);
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(2);
    for (const raw of run.lines) {
      const analysis = AnalyzeResponse.parse(JSON.parse(raw).analysis);
      expect(analysis.title).toBe('西宁市推进绿色低碳循环产业集群建设');
    }
  });

  it('reports a missing file on stderr and exits 1, still answering the other inputs in order', () => {
    const missing = path.join(tmpdir(), 'lens-no-such-page.html');
    const run = lens('detect', '--json', missing, seed);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`no such file: ${missing}`);
    expect(run.lines.map((raw) => JSON.parse(raw).input)).toEqual([missing, seed]);
    expect(JSON.parse(run.lines[0]!).error.code).toBe('not_found');
    const analyze = lens('analyze', '--json', missing);
    expect(analyze.status).toBe(1);
    expect(JSON.parse(analyze.lines[0]!)).toMatchObject({ input: missing, detection: null, analysis: null, error: { code: 'not_found' } });
  });

  it('prints usage for --help (exit 0) and for an unknown command or option (exit 2)', () => {
    const help = lens('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: lens');
    const unknown = lens('summarise', seed);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command: summarise');
    expect(unknown.stderr).toContain('Usage: lens');
    expect(lens('detect', '--yaml', seed).status).toBe(2);
    expect(lens('detect').status).toBe(2);
  });
});
