/**
 * The analysis the sidebar gets: the Worker's when it answers, otherwise the same pipeline run here in
 * the background (unreachable, timeout, 5xx, a malformed answer — any failure). The background has no
 * DOM need and is loaded once per browser session, so the pipeline lives here rather than in the
 * content script that every page parses. The Worker's failure travels along as `local` so the sidebar
 * can say why the result came from this device.
 *
 * @example
 *   const result = await analyzeWithFallback(workerUrl, request); // always ok unless the request is invalid
 */
import { analyze } from '../../shared/analysis/pipeline.ts';
import { AnalyzeRequest, errorBody } from '../../shared/schema/index.ts';
import type { AnalyzeResult } from '../messaging.ts';
import { requestAnalysis, type RequestAnalysisOptions } from './analyze-client.ts';

export interface AnalyzeWithFallbackOptions extends RequestAnalysisOptions {
  /** Injected in tests; the shared pipeline otherwise. */
  analyzeLocally?: typeof analyze;
}

export async function analyzeWithFallback(workerUrl: string, input: unknown, options: AnalyzeWithFallbackOptions = {}): Promise<AnalyzeResult> {
  // The message comes from our content script, but a page can reach a content script's state: check it.
  const parsed = AnalyzeRequest.safeParse(input);
  if (!parsed.success) return { ok: false, ...errorBody('bad_request', 'The page’s text could not be prepared for analysis.') };
  const request = parsed.data;
  const remote = await requestAnalysis(workerUrl, request, options);
  if (remote.ok) return remote;
  const runLocally = options.analyzeLocally ?? analyze;
  try {
    return { ok: true, analysis: runLocally(request), local: remote.error };
  } catch (error) {
    // analyze() is built never to throw; if it does, the Worker's error is still the one to show.
    console.error('[Article Lens] local analysis failed', error instanceof Error ? error.name : 'unknown error');
    return remote;
  }
}
