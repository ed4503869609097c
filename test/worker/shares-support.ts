import { expect } from 'vitest';
import { ErrorBody, ShareCreated, type AnalyzeResponse } from '../../shared/schema/index.ts';
import { call } from './support.ts';

/** The seed article's address (shared/seed/article.html was saved from it). */
export const SEED_URL = 'https://www.qinghai.gov.cn/xxgk/xxgkzl/ywdt/zwyw/202309/t20230926_example.html';

/**
 * An analysis of the seed article as the sidebar would share it: headings, speakers with role and
 * organisation, a reported-speech quote, an organisation speaker, terms. Written out rather than
 * produced by the pipeline, so these tests check the share feature and not the analysis.
 */
export function seedAnalysis(): AnalyzeResponse {
  return {
    lang: 'zh',
    title: '加快推进新型工业化进程 为实现高质量发展作出积极贡献',
    meta: { source: '青海日报', publishedAt: '2023-09-26', authors: ['王玉娇'], editor: null },
    summary: [
      { text: '全国新型工业化推进大会在我省干部群众中引起热烈反响。', blockId: 'b2' },
      { text: '大家表示，要把新型工业化作为推动高质量发展的重要任务。', blockId: 'b5' },
    ],
    outline: [
      { title: '高质量发展贯穿新型工业化全过程', level: 2, kind: 'emphasis', blockId: 'b3', gist: '推进新型工业化是一个系统工程。' },
      { title: '汇聚起推进新型工业化的强大力量', level: 2, kind: 'emphasis', blockId: 'b6', gist: '世界清洁能源看中国，中国清洁能源看青海。' },
      { title: '为中国式现代化构筑强大物质技术基础', level: 3, kind: 'heading', blockId: 'b9', gist: '坚持绿色低碳循环发展。' },
    ],
    speakers: [
      {
        name: '汪凤英',
        aliases: [],
        role: '处长',
        org: '青海省工业和信息化厅信息发展处',
        quotes: [{ text: '习近平总书记对推进新型工业化高度重视，让我们感到责任重大的同时，也对我省数字经济的发展有了更强的信心。', blockId: 'b4', start: 18, end: 73, direct: false }],
      },
      {
        name: '钱国庆',
        aliases: [],
        role: '常务副州长',
        org: '海南藏族自治州政府',
        quotes: [{ text: '“世界清洁能源看中国，中国清洁能源看青海。”', blockId: 'b7', start: 0, end: 22, direct: true }],
      },
    ],
    orgSpeakers: [{ name: '青海省人力资源和社会保障厅', quotes: [{ text: '将聚焦制造业、新兴产业开展技能培训。', blockId: 'b8', start: 4, end: 22, direct: false }] }],
    terms: [
      { term: '新型工业化', score: 0.92, count: 14 },
      { term: '高质量发展', score: 0.61, count: 5 },
      { term: '清洁能源', score: 0.44, count: 3 },
    ],
    stats: { chars: 4210, sentences: 96, ms: 12.5 },
    warnings: [],
  };
}

/** POSTs a body to /v1/shares with a JSON content type unless the test says otherwise. */
export function postShare(body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  return call('/v1/shares', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

/** Creates a share and returns the validated 201 body. */
export async function createShare(analysis: AnalyzeResponse = seedAnalysis(), url = SEED_URL): Promise<ShareCreated> {
  const res = await postShare(JSON.stringify({ url, analysis }));
  expect(res.status, await res.clone().text()).toBe(201);
  return ShareCreated.parse(await res.json());
}

/** Asserts an error answer: status, JSON content type, the shared error body and its code; returns the message. */
export async function expectError(res: Response, status: number, code: string): Promise<string> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = ErrorBody.parse(await res.json());
  expect(body.error.code).toBe(code);
  return body.error.message;
}
