import * as z from 'zod';
import { AnalyzeResponse } from './analyze.ts';
import { LIMITS } from './limits.ts';

/**
 * A share id: 128 random bits in unpadded base64url, always 22 characters. The Worker checks this
 * shape before it touches storage, so a guessed or mangled id costs nothing.
 */
export const SHARE_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const ShareId = z.string().regex(SHARE_ID_PATTERN);
export type ShareId = z.infer<typeof ShareId>;

/** A delete token: 256 random bits in unpadded base64url, always 43 characters. */
export const DELETE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const DeleteToken = z.string().regex(DELETE_TOKEN_PATTERN);

/**
 * The article a share points back to. http and https only: the share page turns it into links, and
 * a `javascript:` or `data:` URL there would run in the reader's browser. (zod also demands the
 * `://` for these protocols, so `http:evil` does not slip through.)
 */
export const ArticleUrl = z.url({ protocol: /^https?$/ }).max(LIMITS.maxUrlChars);

/**
 * `POST /v1/shares` body. Only the analysis is stored, never the article's text: unknown keys
 * (a `text` or `blocks` a client adds) are stripped by the object schemas before anything is kept.
 * The whole body is capped at `LIMITS.maxShareBytes` (413 above).
 *
 * @example ShareCreateRequest.parse({ url: 'https://example.com/news/1', analysis })
 */
export const ShareCreateRequest = z.object({
  url: ArticleUrl,
  analysis: AnalyzeResponse,
});
export type ShareCreateRequest = z.infer<typeof ShareCreateRequest>;

/**
 * `201` answer to `POST /v1/shares`. `url` is the share page (`<origin>/s/<id>`); `deleteToken` is
 * shown once and never stored — keep it to delete the share (`Authorization: Bearer <deleteToken>`).
 */
export const ShareCreated = z.object({
  id: ShareId,
  url: z.url(),
  deleteToken: DeleteToken,
  /** ISO 8601; the share disappears then. */
  expiresAt: z.iso.datetime(),
});
export type ShareCreated = z.infer<typeof ShareCreated>;

/** `GET /v1/shares/:id`: what was shared, as stored (without any trace of the delete token). */
export const ShareRecord = z.object({
  id: ShareId,
  url: ArticleUrl,
  analysis: AnalyzeResponse,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type ShareRecord = z.infer<typeof ShareRecord>;
