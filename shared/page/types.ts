import type { Block, PageMeta } from '../schema/index.ts';

/** What extraction returns: blocks to send, plus a map from block id back to the live element. */
export interface Extraction {
  title: string;
  lang: string | undefined;
  url: string | undefined;
  blocks: Block[];
  meta: PageMeta;
  /** Block id → element in the document that was passed in (the live page in the extension). */
  elements: Map<string, Element>;
  warnings: string[];
}
