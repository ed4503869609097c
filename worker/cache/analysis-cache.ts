import { version } from '../../package.json';
import type { AnalyzeRequest } from '../../shared/schema/index.ts';
import { canonicalJson } from './canonical-json.ts';

/** The response header that says whether an analysis came from the cache. */
export const CACHE_STATUS_HEADER = 'X-Lens-Cache';
/**
 * How long an analysis stays cached. The same request always gets the same analysis from one version
 * of the Worker (the version is part of the key), so the limit only frees space; a day keeps the
 * entries that matter: the same article opened by many readers while it is news.
 */
export const ANALYSIS_CACHE_TTL_SECONDS = 86_400;
/** Path of the synthetic cache URLs; never routed, so no request can read or poison an entry directly. */
const CACHE_PATH = '/__cache/analyze';

/**
 * The cache key of an analyze request: a synthetic GET URL under the Worker's own origin, holding the
 * Worker version and the SHA-256 of the canonical JSON of the validated request. Validation strips
 * unknown keys, so fields the analysis ignores never split the cache; key order never does either.
 *
 * @example await analysisCacheKey(request, 'https://lens.example') // 'https://lens.example/__cache/analyze/0.1.0/9f86d0…'
 */
export async function analysisCacheKey(request: AnalyzeRequest, origin: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(request)));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${origin}${CACHE_PATH}/${encodeURIComponent(version)}/${hex}`;
}

/**
 * The analyses cache: the Workers Cache API (`caches.default`, per Cloudflare location; miniflare
 * provides it under `wrangler dev` and in the tests). Every failure reads as a miss or a skipped
 * write: the cache may make an answer faster, never make it fail.
 */
export class AnalysisCache {
  readonly #cache: Cache;

  constructor(cache: Cache) {
    this.#cache = cache;
  }

  /** The cached analysis JSON for this key, or null. */
  async get(key: string): Promise<string | null> {
    try {
      const hit = await this.#cache.match(key);
      return hit ? await hit.text() : null;
    } catch (error) {
      console.error('analysis cache read failed:', error instanceof Error ? error.message : String(error));
      return null;
    }
  }

  /** Stores the analysis JSON under this key for ANALYSIS_CACHE_TTL_SECONDS. */
  async put(key: string, json: string): Promise<void> {
    try {
      const response = new Response(json, {
        headers: { 'Content-Type': 'application/json', 'Cache-Control': `max-age=${ANALYSIS_CACHE_TTL_SECONDS}` },
      });
      await this.#cache.put(key, response);
    } catch (error) {
      console.error('analysis cache write failed:', error instanceof Error ? error.message : String(error));
    }
  }
}
