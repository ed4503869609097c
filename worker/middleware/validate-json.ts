import { zValidator } from '@hono/zod-validator';
import { HTTPException } from 'hono/http-exception';
import type { ZodType } from 'zod';
import { ApiError } from '../api-error.ts';

/** How many schema problems one 400 lists; the first few are enough to fix a client. */
const MAX_LISTED_ISSUES = 3;

/**
 * Validates the JSON body against a shared zod schema, for `c.req.valid('json')` in the handler.
 * - malformed JSON → 400 `invalid_json`
 * - schema mismatch → 400 `validation_failed`, naming each field path (`blocks.0.kind: …`)
 *
 * Put `requireJson()` before it: Hono's validator skips bodies of other types.
 *
 * @example app.post('/', requireJson(), validateJson(AnalyzeRequest), (c) => c.json(c.req.valid('json')))
 */
export function validateJson<Schema extends ZodType>(schema: Schema) {
  const validate = zValidator('json', schema, (result) => {
    if (result.success) return;
    const issues = result.error.issues;
    const listed = issues
      .slice(0, MAX_LISTED_ISSUES)
      .map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`);
    if (issues.length > MAX_LISTED_ISSUES) listed.push(`…and ${issues.length - MAX_LISTED_ISSUES} more`);
    throw new ApiError(400, 'validation_failed', listed.join('; '));
  });
  // Hono's validator reports a body that is not JSON as a bare HTTPException(400). Errors from later
  // handlers never reach this catch (Hono's compose settles them at their own level), so a 400 caught
  // here can only be the body failing to parse.
  const guarded: typeof validate = async (c, next) => {
    try {
      return await validate(c, next);
    } catch (error) {
      if (error instanceof HTTPException && !(error instanceof ApiError) && error.status === 400) {
        throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
      }
      throw error;
    }
  };
  return guarded;
}
