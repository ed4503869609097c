import { AnalyzeResponse, ErrorBody, type AnalyzeRequest } from '../../shared/schema/index.ts';

export type AnalyzeOutcome =
  | { ok: true; analysis: AnalyzeResponse }
  | { ok: false; code: string; message: string };

/**
 * Sends a request to this Worker's /v1/analyze and checks the answer against the shared schema, so a
 * broken or foreign response becomes an error state instead of a half-rendered sidebar.
 */
export async function postAnalyze(request: AnalyzeRequest): Promise<AnalyzeOutcome> {
  let response: Response;
  try {
    response = await fetch('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch (error) {
    return { ok: false, code: 'network_error', message: error instanceof Error ? error.message : String(error) };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, code: 'bad_response', message: `HTTP ${response.status}: the answer is not JSON.` };
  }
  if (!response.ok) {
    const error = ErrorBody.safeParse(body);
    return error.success
      ? { ok: false, code: error.data.error.code, message: error.data.error.message }
      : { ok: false, code: 'bad_response', message: `HTTP ${response.status}` };
  }
  const analysis = AnalyzeResponse.safeParse(body);
  return analysis.success
    ? { ok: true, analysis: analysis.data }
    : { ok: false, code: 'bad_response', message: 'The answer does not match the API schema.' };
}
