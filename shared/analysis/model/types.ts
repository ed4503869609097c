import type { BlockKind } from '../../schema/index.ts';
import type { TokenList } from './token-list.ts';

/**
 * The analysis' internal model. Stages pass positions, not copies: every sentence and token is a
 * `[start, end)` range into its block's text (the text the page sent, unchanged), so any result can be
 * highlighted in the page.
 */

/** The languages the analysis has data for; other languages are analysed with the English rules. */
export type AnalysisLanguage = 'zh' | 'en';

/**
 * What a block is for the analysis:
 * - `title`: the headline (not an outline item, not body text);
 * - `heading`: a section heading (h2–h6);
 * - `body`: article text (paragraphs, quotes, list items, emphasised lines);
 * - `meta`: source/date/byline/editor lines and page furniture (breadcrumbs);
 * - `caption`: image captions (never speakers, headings or summary).
 */
export type BlockRole = 'title' | 'heading' | 'body' | 'meta' | 'caption' | 'code';

export interface TextBlock {
  id: string;
  /** Position in the normalised block list. */
  index: number;
  kind: BlockKind;
  level: number | undefined;
  /** The block's text exactly as sent: offsets index into it. */
  text: string;
  emphasis: boolean;
  role: BlockRole;
}

export interface Sentence {
  /** Index of the block in `Segmented.blocks`. */
  block: number;
  start: number;
  end: number;
}

/** The text after the segment phase: what every analyse-phase stage reads. */
export interface Segmented {
  lang: AnalysisLanguage;
  title: string;
  blocks: TextBlock[];
  sentences: Sentence[];
  /** Tokens in document order, as columns (model/token-list.ts). */
  tokens: TokenList;
  /** For each sentence, the index of its first token and one past its last (`[from, to)` into `tokens`). */
  sentenceTokens: Array<readonly [number, number]>;
}
