/**
 * The analysis the sidebar gets: the Worker's when it answers, otherwise the same pipeline run here in
 * the background (unreachable, timeout, 5xx, a malformed answer — any failure). The background has no
 * DOM need and is loaded once per browser session, so the pipeline lives here rather than in the
 * content script that every page parses. The Worker's failure travels along as `local` so the sidebar
 * can say why the result came from this device.
 *
 * With `recent` (the background passes its RecentAnalyses), the Worker's answer for the same Worker,
 * page and content is reused instead of asking again; only the Worker's answers are remembered, never a
 * local fallback (the next open should try the Worker again) nor an error.
 *
 * @example
 *   const result = await analyzeWithFallback(workerUrl, request); // always ok unless the request is invalid
 */
import { analyze } from '../../shared/analysis/pipeline.ts';
import { AnalyzeRequest, errorBody } from '../../shared/schema/index.ts';
import type { AnalyzeResult } from '../messaging.ts';
import { analysisCacheKey } from './analysis-cache-key.ts';
import { requestAnalysis, type RequestAnalysisOptions } from './analyze-client.ts';
import type { RecentAnalyses } from './recent-analyses.ts';

export interface AnalyzeWithFallbackOptions extends RequestAnalysisOptions {
  /** Injected in tests; the shared pipeline otherwise. */
  analyzeLocally?: typeof analyze;
  /** The Worker's recent answers, by Worker, page and content; none kept without it. */
  recent?: Pick<RecentAnalyses, 'get' | 'put'>;
}

export async function analyzeWithFallback(workerUrl: string, input: unknown, options: AnalyzeWithFallbackOptions = {}): Promise<AnalyzeResult> {
  // The message comes from our content script, but a page can reach a content script's state: check it.
  const parsed = AnalyzeRequest.safeParse(input);
  if (!parsed.success) return { ok: false, ...errorBody('bad_request', 'The page’s text could not be prepared for analysis.') };
  const request = parsed.data;
  const { recent } = options;
  const key = recent ? await analysisCacheKey(workerUrl, request) : null;
  if (recent && key) {
    const remembered = await recent.get(key);
    if (remembered) return { ok: true, analysis: remembered };
  }
  const remote = await requestAnalysis(workerUrl, request, options);
  if (remote.ok) {
    if (recent && key) await recent.put(key, remote.analysis);
    return remote;
  }
  const runLocally = options.analyzeLocally ?? analyze;
  try {
    return { ok: true, analysis: runLocally(request), local: remote.error };
  } catch (error) {
    // analyze() is built never to throw; if it does, the Worker's error is still the one to show.
    console.error('[Article Lens] local analysis failed', error instanceof Error ? error.name : 'unknown error');
    return remote;
  }
}
