import { Readability } from '@mozilla/readability';
import type { Block } from '../schema/index.ts';
import { collectBlocks, type RawBlock } from './extract/collect-blocks.ts';
import { CONTINUES_ELSEWHERE_WARNING, continuesElsewhere } from './extract/continues-elsewhere.ts';
import { densestContainer } from './extract/density-fallback.ts';
import { commonAncestor, findNearbyMetaLines } from './extract/nearby-meta-lines.ts';
import { readPageMeta } from './extract/page-meta.ts';
import { pickTitle } from './extract/title.ts';
import { cloneWithTreeIndex, liveElementOf, treeIndexOf } from './extract/tree-index.ts';
import { readingLength } from './text/reading-length.ts';
import type { Extraction } from './types.ts';

/**
 * Readability's result counts as having lost the body when its prose is shorter than this share of
 * the densest container found by text density (it then kept a teaser, a caption or a sidebar).
 */
const MIN_SHARE_OF_DENSEST = 0.6;

/**
 * Extracts the article's blocks from `doc` without modifying it.
 *
 * Pipeline, in this order and why:
 * 1. clone the document, tagging each clone element with its live element's tree index — Readability
 *    rewrites the DOM it is given, and the extension must keep pointing at the live page;
 * 2. run Readability on the clone (serializer returns the element, not HTML);
 * 3. walk its result into blocks, reading presentation (centring) from the live elements, since
 *    Readability strips style attributes;
 * 4. if Readability failed or kept far less prose than the densest container, walk that container
 *    of the live page instead;
 * 5. add info lines (来源/发布时间/责任编辑) found beside the body, which Readability drops;
 * 6. number blocks b0, b1, … in document order and map each id to its live element;
 * 7. warn when the article continues on another page (a pager or "下一页" link around the body).
 *
 * @example
 * const { title, blocks, elements } = extractArticle(document, location.href);
 * elements.get(blocks[0].id)?.scrollIntoView();
 */
export function extractArticle(doc: Document, url?: string): Extraction {
  const warnings: string[] = [];
  const indexed = cloneWithTreeIndex(doc);
  let readabilityTitle: string | null | undefined;
  let blocks: Array<RawBlock & { live: Element }> = [];
  const liveTreeIndex = new Map<Element, number>();
  (indexed?.live ?? Array.from(doc.querySelectorAll('*'))).forEach((element, index) => liveTreeIndex.set(element, index));

  if (indexed) {
    try {
      const result = new Readability<Element>(indexed.clone, { serializer: (node) => node as Element, keepClasses: true }).parse();
      readabilityTitle = result?.title;
      const content = result?.content;
      if (content) {
        const resolve = (element: Element) => liveElementOf(element, indexed.live);
        blocks = collectBlocks(content, resolve).flatMap((block) => {
          const live = resolve(block.source);
          return live ? [{ ...block, live }] : [];
        });
      }
    } catch (error) {
      warnings.push(`readability failed: ${(error as Error).message}`);
    }
  } else {
    warnings.push('could not index a clone of the document; used text density only');
  }

  const densest = densestContainer(doc);
  const prose = blocks.filter((b) => b.kind !== 'meta').reduce((sum, b) => sum + readingLength(b.text), 0);
  if (densest && prose < densest.proseLength * MIN_SHARE_OF_DENSEST) {
    const fallback = collectBlocks(densest.element, (element) => element).map((block) => ({ ...block, live: block.source }));
    const fallbackProse = fallback.filter((b) => b.kind !== 'meta').reduce((sum, b) => sum + readingLength(b.text), 0);
    if (fallbackProse > prose) {
      if (blocks.length > 0) warnings.push('readability lost the body; used the densest text block');
      blocks = fallback;
    }
  }

  const nearby = findNearbyMetaLines(doc, blocks.map((b) => b.live)).map((block) => ({ ...block, live: block.source }));
  const ordered = mergeByTreeOrder(blocks, nearby, liveTreeIndex);

  const elements = new Map<string, Element>();
  const out: Block[] = ordered.map((raw, index) => {
    const id = `b${index}`;
    elements.set(id, raw.live);
    const block: Block = { id, kind: raw.kind, text: raw.text };
    if (raw.level !== undefined) block.level = raw.level;
    if (raw.emphasis) block.emphasis = true;
    return block;
  });
  if (out.length === 0) warnings.push('no article text found');
  // Pagers sit right under the body, so the region searched is the body's parent.
  const bodyRegion = commonAncestor(blocks.map((b) => b.live));
  if (out.length > 0 && continuesElsewhere(doc, bodyRegion?.parentElement ?? bodyRegion, url)) warnings.push(CONTINUES_ELSEWHERE_WARNING);

  const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
  return {
    title: pickTitle(doc, readabilityTitle, headingBefore(doc, blocks[0]?.live, liveTreeIndex)),
    lang: lang || undefined,
    url: url ?? undefined,
    blocks: out,
    meta: readPageMeta(doc, url),
    elements,
    warnings,
  };
}

/** Inserts the extra blocks before the first main block that comes after them in the live tree. */
function mergeByTreeOrder<T extends { live: Element }>(main: T[], extra: T[], index: Map<Element, number>): T[] {
  const position = (block: T) => index.get(block.live) ?? treeIndexOf(block.live) ?? Number.MAX_SAFE_INTEGER;
  const merged = [...main];
  for (const block of extra) {
    const at = merged.findIndex((other) => position(other) > position(block));
    if (at < 0) merged.push(block);
    else merged.splice(at, 0, block);
  }
  return merged;
}

/** How far (in elements, tree order) above the body the headline may sit. */
const MAX_HEADLINE_DISTANCE = 60;

/** Text of the last h1–h6 before the article's first block, if it is close above it. */
function headingBefore(doc: Document, first: Element | undefined, index: Map<Element, number>): string | undefined {
  const firstIndex = first ? index.get(first) : undefined;
  if (firstIndex === undefined) return undefined;
  let best: Element | undefined;
  for (const heading of Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const at = index.get(heading);
    if (at === undefined || at >= firstIndex) continue;
    if (firstIndex - at <= MAX_HEADLINE_DISTANCE) best = heading;
  }
  return best?.textContent ?? undefined;
}
