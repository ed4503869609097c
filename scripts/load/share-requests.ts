import { SHARE_ID_PATTERN } from '../../shared/schema/index.ts';
import { describeFailure, type Exchange, type LoadClient } from './http-client.ts';

/** The body of POST /v1/shares, built around an analysis already in JSON (no re-serialising per request). */
export function shareBody(url: string, analysisJson: string): string {
  return `{"url":${JSON.stringify(url)},"analysis":${analysisJson}}`;
}

/** Creates one share; its id, or why not. */
export async function createShare(client: LoadClient, url: string, analysisJson: string): Promise<{ id?: string; expiresAt?: string; ms: number; error?: string }> {
  const exchange = await client.request('POST', '/v1/shares', shareBody(url, analysisJson));
  const id = createdId(exchange);
  if (!id) return { ms: exchange.ms, error: describeFailure('POST /v1/shares', exchange, 201) };
  return { id, expiresAt: (JSON.parse(exchange.body) as { expiresAt?: string }).expiresAt, ms: exchange.ms };
}

/** The id in a 201 ShareCreated, or null. */
export function createdId(exchange: Exchange): string | null {
  if (exchange.status !== 201) return null;
  try {
    const id = (JSON.parse(exchange.body) as { id?: unknown }).id;
    return typeof id === 'string' && SHARE_ID_PATTERN.test(id) ? id : null;
  } catch {
    return null;
  }
}
