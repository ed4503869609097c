import * as z from 'zod';

/** Machine-readable error codes shared by the Worker, the extension and the CLI. */
export const ERROR_CODES = [
  'bad_request',
  'invalid_json',
  'validation_failed',
  'empty_article', // 400: a valid request in which no block has text (empty or whitespace only)
  /** 401: a request that needs credentials (a share's delete token) came without them. */
  'unauthorized',
  /** 403: the credentials do not grant this (the wrong delete token for a share). */
  'forbidden',
  'payload_too_large',
  'unsupported_media_type',
  'method_not_allowed',
  'not_found',
  'rate_limited',
  'unavailable',
  'network_error',
  'timeout',
  'bad_response',
  'not_an_article',
  'fetch_failed',
  'internal',
] as const;

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The body of every error response: `{"error": {"code", "message"}}`. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Builds an error body; `message` is for people, `code` for programs. */
export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}
