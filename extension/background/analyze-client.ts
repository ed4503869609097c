/**
 * The Worker API client: POST {workerUrl}/v1/analyze, with a deadline, and the response checked against
 * the shared schema. It never throws: every failure becomes an ErrorBody the sidebar can show.
 *
 * @example
 *   const result = await requestAnalysis('http://127.0.0.1:8787', request);
 *   if (result.ok) render(result.analysis); else showError(result.error.code);
 */
import { AnalyzeResponse, ErrorBody, errorBody, type AnalyzeRequest } from '../../shared/schema/index.ts';
import type { AnalyzeResult } from '../messaging.ts';
import { normalizeWorkerUrl } from '../worker-url.ts';

/** Analysis itself takes milliseconds; 15 s covers a cold Worker on a slow network without leaving the reader waiting forever. */
export const ANALYZE_TIMEOUT_MS = 15_000;

export interface RequestAnalysisOptions {
  timeoutMs?: number;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export async function requestAnalysis(
  workerUrl: string,
  request: AnalyzeRequest,
  options: RequestAnalysisOptions = {},
): Promise<AnalyzeResult> {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? ANALYZE_TIMEOUT_MS;
  const endpoint = analyzeEndpoint(workerUrl);
  if (endpoint === null) return failure('network_error', `The Worker URL "${workerUrl}" is not a valid http(s) URL. Fix it on the options page.`);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        signal: controller.signal,
      });
    } catch {
      if (controller.signal.aborted) return failure('timeout', `The Worker at ${workerUrl} did not answer within ${Math.round(timeoutMs / 1000)} s.`);
      return failure('network_error', `Could not reach the Worker at ${workerUrl}. Is it running? (npm start)`);
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch {
      if (controller.signal.aborted) return failure('timeout', `The Worker at ${workerUrl} did not finish answering within ${Math.round(timeoutMs / 1000)} s.`);
      return failure('bad_response', `The Worker answered ${response.status} with a body that is not JSON.`);
    }

    if (!response.ok) {
      // The Worker's own errors (validation_failed, payload_too_large, …) pass through with its message.
      const workerError = ErrorBody.safeParse(body);
      if (workerError.success) return { ok: false, ...workerError.data };
      return failure('bad_response', `The Worker answered ${response.status} without an error body.`);
    }

    const analysis = AnalyzeResponse.safeParse(body);
    if (!analysis.success) return failure('bad_response', 'The Worker answered with an analysis this version of the extension does not understand.');
    return { ok: true, analysis: analysis.data };
  } finally {
    clearTimeout(timer);
  }
}

/** `{workerUrl}/v1/analyze`, or null when the setting is not an http(s) URL. */
export function analyzeEndpoint(workerUrl: string): string | null {
  const base = normalizeWorkerUrl(workerUrl);
  return base === null ? null : `${base}/v1/analyze`;
}

function failure(code: 'network_error' | 'timeout' | 'bad_response', message: string): AnalyzeResult {
  return { ok: false, ...errorBody(code, message) };
}
