import { Hono } from 'hono';
import { analyze as analyzeArticle } from '../../shared/analysis/pipeline.ts';
import { AnalyzeRequest, LIMITS } from '../../shared/schema/index.ts';
import { AnalysisCache, analysisCacheKey, CACHE_STATUS_HEADER } from '../cache/analysis-cache.ts';
import { limitBody } from '../middleware/limit-body.ts';
import { methodNotAllowed } from '../middleware/method-not-allowed.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { requireJson } from '../middleware/require-json.ts';
import { validateJson } from '../middleware/validate-json.ts';
import { requireArticleText } from '../require-article-text.ts';

/**
 * `POST /v1/analyze`: blocks in, AnalyzeResponse out. Checks run cheapest first: the client's rate
 * (429, before any of the body is read), media type (415), size (413, before anything is parsed),
 * JSON syntax (400 invalid_json), the shared schema (400 validation_failed), some text at all
 * (400 empty_article). Identical requests are answered from the cache (`X-Lens-Cache: hit|miss`).
 * The analysis itself never throws on a valid request.
 */
export const analyze = new Hono<{ Bindings: Env }>()
  .post(
    '/',
    rateLimit((env) => env.ANALYZE_RATE_LIMITER),
    requireJson(),
    limitBody(LIMITS.maxBodyBytes),
    validateJson(AnalyzeRequest),
    async (c) => {
      const request = c.req.valid('json');
      requireArticleText(request);
      const cache = new AnalysisCache(caches.default);
      const key = await analysisCacheKey(request, new URL(c.req.url).origin);
      const cached = await cache.get(key);
      if (cached !== null) {
        c.header(CACHE_STATUS_HEADER, 'hit');
        return c.body(cached, 200, { 'Content-Type': 'application/json' });
      }
      const json = JSON.stringify(analyzeArticle(request));
      // Awaited rather than left to waitUntil: a reader who reopens the sidebar a moment later should
      // hit, and the write is a local one that costs about a millisecond.
      await cache.put(key, json);
      c.header(CACHE_STATUS_HEADER, 'miss');
      return c.body(json, 200, { 'Content-Type': 'application/json' });
    },
  )
  .all('/', methodNotAllowed('POST'));
