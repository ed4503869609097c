/**
 * Share links through the Worker: POST {workerUrl}/v1/shares with `{url, analysis}` (the analysis only,
 * never the article's text) and DELETE with the delete token. Like the analyze client it never throws:
 * every failure is a `{ok: false, code, message}` the sidebar can show; `unavailable` is the Worker's
 * 503 when its KV store failed, which the sidebar answers with the Markdown copy.
 *
 * @example
 *   const outcome = await createShare('http://127.0.0.1:8787', { url: tab.url, analysis });
 *   if (outcome.ok) saveToken(outcome.id, outcome.deleteToken);
 */
import { ErrorBody, ShareCreated, type AnalyzeResponse } from '../../shared/schema/index.ts';
import { normalizeWorkerUrl } from '../worker-url.ts';

/** Storing a few kilobytes in KV is quick; 15 s as for analysis covers a cold Worker on a slow network. */
export const SHARE_TIMEOUT_MS = 15_000;

export type CreateShareOutcome =
  | { ok: true; id: string; url: string; deleteToken: string; expiresAt: string }
  | { ok: false; code: string; message: string };

export interface ShareClientOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export async function createShare(
  workerUrl: string,
  body: { url: string; analysis: AnalyzeResponse },
  options: ShareClientOptions = {},
): Promise<CreateShareOutcome> {
  const base = normalizeWorkerUrl(workerUrl);
  if (base === null) return { ok: false, code: 'network_error', message: `The Worker URL "${workerUrl}" is not a valid http(s) URL.` };
  const answer = await call(`${base}/v1/shares`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }, workerUrl, options);
  if (!answer.ok) return { ok: false, code: answer.code, message: answer.message };
  const created = ShareCreated.safeParse(answer.body);
  if (answer.status !== 201 || !created.success) {
    return { ok: false, code: 'bad_response', message: 'The Worker answered with a share this version of the extension does not understand.' };
  }
  return { ok: true, ...created.data };
}

export async function deleteShare(workerUrl: string, id: string, deleteToken: string, options: ShareClientOptions = {}): Promise<boolean> {
  const base = normalizeWorkerUrl(workerUrl);
  if (base === null) return false;
  const answer = await call(`${base}/v1/shares/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${deleteToken}` },
  }, workerUrl, options);
  // 404: already gone (expired or deleted elsewhere), which is what the reader wanted.
  return answer.ok || ('status' in answer && answer.status === 404);
}

type CallResult =
  | { ok: true; status: number; body: unknown }
  | { ok: false; code: string; message: string; status?: number };

async function call(endpoint: string, init: RequestInit, workerUrl: string, options: ShareClientOptions): Promise<CallResult> {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? SHARE_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, { ...init, signal: controller.signal });
    } catch {
      if (controller.signal.aborted) return { ok: false, code: 'timeout', message: `The Worker at ${workerUrl} did not answer within ${Math.round(timeoutMs / 1000)} s.` };
      return { ok: false, code: 'network_error', message: `Could not reach the Worker at ${workerUrl}.` };
    }
    if (response.status === 204) return { ok: true, status: 204, body: null };
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { ok: false, status: response.status, code: 'bad_response', message: `The Worker answered ${response.status} with a body that is not JSON.` };
    }
    if (response.ok) return { ok: true, status: response.status, body };
    const error = ErrorBody.safeParse(body);
    return error.success
      ? { ok: false, status: response.status, ...error.data.error }
      : { ok: false, status: response.status, code: response.status === 503 ? 'unavailable' : 'bad_response', message: `The Worker answered ${response.status}.` };
  } finally {
    clearTimeout(timer);
  }
}
