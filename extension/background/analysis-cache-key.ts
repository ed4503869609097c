/**
 * The key of a recent analysis: the SHA-256 (hex) of the Worker's address and the canonical JSON of
 * the validated analyze request — the page URL, title, language, page metadata, warnings and every
 * block's id, kind, level, emphasis and text. The same page with the same content gives the same key;
 * any change the analysis could see (an edited paragraph, a new title, another URL) gives another,
 * and so does another Worker (its answer may differ). Keying on the whole request rather than a list
 * of fields keeps a field added to the contract later from being silently ignored.
 *
 * @example
 *   const key = await analysisCacheKey('http://127.0.0.1:8787', request); // '9f86d081…' (64 hex digits)
 */
import type { AnalyzeRequest } from '../../shared/schema/index.ts';

export async function analysisCacheKey(workerUrl: string, request: AnalyzeRequest): Promise<string> {
  const text = canonicalJson({ worker: workerUrl, request });
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * One JSON text per value whatever order its keys came in: keys sorted, `undefined` members dropped,
 * no whitespace. JSON.stringify escapes lone surrogates, so the text is well-formed and TextEncoder
 * never folds two different strings into one U+FFFD.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value)
      .sort()
      .flatMap((key) => {
        const member: unknown = (value as Record<string, unknown>)[key];
        return member === undefined ? [] : [`${JSON.stringify(key)}:${canonicalJson(member)}`];
      });
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
