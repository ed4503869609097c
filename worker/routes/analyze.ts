import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { analyze as analyzeArticle } from '../../shared/analysis/pipeline.ts';
import { AnalyzeRequest, LIMITS } from '../../shared/schema/index.ts';
import { ApiError } from '../api-error.ts';
import { methodNotAllowed } from '../middleware/method-not-allowed.ts';
import { requireJson } from '../middleware/require-json.ts';
import { validateJson } from '../middleware/validate-json.ts';

/**
 * `POST /v1/analyze`: blocks in, AnalyzeResponse out. Checks run cheapest first: media type (415),
 * size (413, before anything is parsed), JSON syntax (400 invalid_json), the shared schema
 * (400 validation_failed). The analysis itself never throws on a valid request.
 */
export const analyze = new Hono<{ Bindings: Env }>()
  .post(
    '/',
    requireJson(),
    bodyLimit({
      maxSize: LIMITS.maxBodyBytes,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', `The body is larger than ${LIMITS.maxBodyBytes} bytes.`);
      },
    }),
    validateJson(AnalyzeRequest),
    (c) => c.json(analyzeArticle(c.req.valid('json'))),
  )
  .all('/', methodNotAllowed('POST'));
