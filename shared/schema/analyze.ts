import * as z from 'zod';
import { LIMITS } from './limits.ts';

/**
 * What a block is on the page. `meta` = a source/date/byline/editor line; `code` = a program listing,
 * part of the article's map (it can be scrolled to) but never read as prose.
 */
export const BLOCK_KINDS = ['heading', 'paragraph', 'quote', 'list-item', 'caption', 'meta', 'code'] as const;
export const BlockKind = z.enum(BLOCK_KINDS);
export type BlockKind = z.infer<typeof BlockKind>;

/** One unit of article text, in page order. `id` is stable so results can point back into the page. */
export const Block = z.object({
  id: z.string().min(1).max(LIMITS.maxBlockIdChars),
  kind: BlockKind,
  /** Heading level 1–6 for `heading` blocks. */
  level: z.number().int().min(1).max(6).optional(),
  text: z.string().max(LIMITS.maxBlockChars),
  /** The whole block is bold or centred on the page (a candidate inferred heading). */
  emphasis: z.boolean().optional(),
});
export type Block = z.infer<typeof Block>;

/** Optional page metadata the extractor found outside the text (meta tags, JSON-LD). */
export const PageMeta = z.object({
  source: z.string().max(LIMITS.maxTitleChars).optional(),
  publishedAt: z.string().max(64).optional(),
  authors: z.array(z.string().max(200)).max(50).optional(),
  editor: z.string().max(200).optional(),
});
export type PageMeta = z.infer<typeof PageMeta>;

export const AnalyzeRequest = z.object({
  url: z.string().max(LIMITS.maxUrlChars).optional(),
  title: z.string().max(LIMITS.maxTitleChars).optional(),
  /** BCP 47 language hint ("zh", "en", "zh-CN"); detected from the text when absent. */
  lang: z.string().max(35).optional(),
  meta: PageMeta.optional(),
  /** Each with its own id: quotes, summary sentences and outline items point back to blocks by id. */
  blocks: z.array(Block).max(LIMITS.maxBlocks).superRefine((blocks, context) => {
    const seen = new Set<string>();
    blocks.forEach((block, index) => {
      if (seen.has(block.id)) {
        context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate block id "${block.id.slice(0, 40)}": every block needs its own id` });
      }
      seen.add(block.id);
    });
  }),
  /** What extraction could not do well (e.g. the article continues on another page); the response repeats them. */
  warnings: z.array(z.string().max(200)).max(10).optional(),
});
export type AnalyzeRequest = z.infer<typeof AnalyzeRequest>;

/** A statement attributed to a speaker. `[start, end)` are UTF-16 offsets into the block's text. */
export const Quote = z.object({
  text: z.string(),
  blockId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** true for a quotation in quote marks, false for reported speech. */
  direct: z.boolean(),
});
export type Quote = z.infer<typeof Quote>;

export const Speaker = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.string().nullable(),
  org: z.string().nullable(),
  quotes: z.array(Quote),
});
export type Speaker = z.infer<typeof Speaker>;

export const OrgSpeaker = z.object({
  name: z.string(),
  quotes: z.array(Quote),
});
export type OrgSpeaker = z.infer<typeof OrgSpeaker>;

export const OUTLINE_KINDS = ['heading', 'emphasis', 'topic'] as const;
export const OutlineItem = z.object({
  title: z.string(),
  level: z.number().int().min(1).max(6),
  /** heading = an h-tag; emphasis = a standalone bold/centred line; topic = an untitled section, titled by us. */
  kind: z.enum(OUTLINE_KINDS),
  blockId: z.string(),
  /** One sentence from the section that says what it is about. */
  gist: z.string(),
});
export type OutlineItem = z.infer<typeof OutlineItem>;

export const SummarySentence = z.object({
  text: z.string(),
  blockId: z.string(),
});
export type SummarySentence = z.infer<typeof SummarySentence>;

export const Term = z.object({
  term: z.string(),
  score: z.number(),
  count: z.number().int().nonnegative(),
});
export type Term = z.infer<typeof Term>;

export const ArticleMeta = z.object({
  source: z.string().nullable(),
  /** ISO 8601 date or date-time. */
  publishedAt: z.string().nullable(),
  authors: z.array(z.string()),
  editor: z.string().nullable(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const AnalyzeResponse = z.object({
  lang: z.string(),
  title: z.string(),
  meta: ArticleMeta,
  summary: z.array(SummarySentence),
  outline: z.array(OutlineItem),
  speakers: z.array(Speaker),
  orgSpeakers: z.array(OrgSpeaker),
  terms: z.array(Term),
  stats: z.object({
    chars: z.number().int().nonnegative(),
    sentences: z.number().int().nonnegative(),
    /** Analysis time in milliseconds. */
    ms: z.number().nonnegative(),
  }),
  /** Things the analysis could not do well (e.g. "article continues on another page"). */
  warnings: z.array(z.string()).optional(),
});
export type AnalyzeResponse = z.infer<typeof AnalyzeResponse>;
