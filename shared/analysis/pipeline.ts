import type { AnalyzeRequest, AnalyzeResponse } from '../schema/index.ts';

/**
 * Runs the whole analysis over validated blocks. Pure: no DOM, Workers or Node APIs.
 * STUB — replaced by the analysis implementation.
 */
export function analyze(request: AnalyzeRequest): AnalyzeResponse {
  const chars = request.blocks.reduce((n, b) => n + b.text.length, 0);
  return {
    lang: request.lang ?? 'und',
    title: request.title ?? '',
    meta: { source: null, publishedAt: null, authors: [], editor: null },
    summary: [],
    outline: [],
    speakers: [],
    orgSpeakers: [],
    terms: [],
    stats: { chars, sentences: 0, ms: 0 },
  };
}
