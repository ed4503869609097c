import type { AnalyzeRequest, Block, PageMeta } from '../schema/index.ts';
import { LIMITS } from '../schema/limits.ts';
import type { Extraction } from './types.ts';

/** Room kept for the request's JSON envelope (url, title, meta, keys) under maxBodyBytes. */
const ENVELOPE_BYTES = 16_000;

/**
 * Turns an extraction into the body of POST /v1/analyze, trimmed to LIMITS so the Worker never has
 * to refuse it: at most maxBlocks blocks, each text cut to maxBlockChars, and blocks dropped from
 * the end once the JSON would exceed maxBodyBytes (the head of an article matters most).
 *
 * @example fetch(`${api}/v1/analyze`, { method: 'POST', body: JSON.stringify(toAnalyzeRequest(extractArticle(document))) })
 */
export function toAnalyzeRequest(extraction: Extraction): AnalyzeRequest {
  const encoder = new TextEncoder();
  const blocks: Block[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const block of extraction.blocks) {
    if (blocks.length >= LIMITS.maxBlocks) break;
    const text = block.text.slice(0, LIMITS.maxBlockChars);
    if (!text.trim()) continue;
    const clamped: Block = { ...block, id: block.id.slice(0, LIMITS.maxBlockIdChars), text };
    // JSON escapes can grow a character; 1.1× plus the keys is a safe upper bound for our blocks.
    const size = Math.ceil(encoder.encode(text).length * 1.1) + 80;
    if (bytes + size > LIMITS.maxBodyBytes) break;
    bytes += size;
    blocks.push(clamped);
  }
  const request: AnalyzeRequest = { blocks };
  if (extraction.url && extraction.url.length <= LIMITS.maxUrlChars) request.url = extraction.url;
  if (extraction.title) request.title = extraction.title.slice(0, LIMITS.maxTitleChars);
  if (extraction.lang && extraction.lang.length <= 35) request.lang = extraction.lang;
  const meta = clampMeta(extraction.meta);
  if (Object.keys(meta).length > 0) request.meta = meta;
  // Extraction's warnings (a split article, a lost body) reach the reader through the response.
  const warnings = extraction.warnings.slice(0, 10).map((warning) => warning.slice(0, 200));
  if (warnings.length > 0) request.warnings = warnings;
  return request;
}

function clampMeta(meta: PageMeta): PageMeta {
  const out: PageMeta = {};
  if (meta.source) out.source = meta.source.slice(0, LIMITS.maxTitleChars);
  if (meta.publishedAt) out.publishedAt = meta.publishedAt.slice(0, 64);
  if (meta.authors && meta.authors.length > 0) out.authors = meta.authors.slice(0, 50).map((a) => a.slice(0, 200));
  if (meta.editor) out.editor = meta.editor.slice(0, 200);
  return out;
}
