import type { AnalyzeRequest } from '../shared/schema/index.ts';
import { ApiError } from './api-error.ts';

/**
 * Something to read: a letter, digit, symbol or mark — anything but whitespace (\s covers Unicode
 * spaces such as U+3000 and U+FEFF), controls (Cc: NUL, escapes) and invisible format characters
 * (Cf: zero-width spaces and joiners, bidi marks).
 */
const READABLE = /[^\s\p{Cc}\p{Cf}]/u;

/**
 * 400 `empty_article` when no block has anything to read. Answering an error rather than an empty
 * analysis tells the client why nothing came back, and costs no analysis and no cache entry. The
 * title alone does not count: it names an article, it is not one.
 *
 * @example requireArticleText({ blocks: [{ id: 'b1', kind: 'paragraph', text: ' \u3000' }] }) // throws ApiError 400
 */
export function requireArticleText(request: AnalyzeRequest): void {
  if (request.blocks.some((block) => READABLE.test(block.text))) return;
  throw new ApiError(400, 'empty_article', 'There is no text to analyse: every block is empty or whitespace.');
}
