import { collectBlocks, type RawBlock } from './collect-blocks.ts';

/** How many ancestors above the article body we search for its info line. */
const SEARCH_LEVELS = 3;
/** A region bigger than this many elements is the whole page; we stop widening there. */
const MAX_REGION_ELEMENTS = 3_000;

/**
 * Readability drops the info line of many Chinese pages (`<div class="info">来源:青海日报 发布时间:…`)
 * because it sits beside the body, not in it. This finds meta lines in the live document near the
 * article: in the body's ancestors up to SEARCH_LEVELS, outside the elements already extracted.
 */
export function findNearbyMetaLines(doc: Document, extracted: readonly Element[]): RawBlock[] {
  const anchor = commonAncestor(extracted) ?? doc.body;
  if (!anchor) return [];
  let region: Element = anchor;
  for (let level = 0; level < SEARCH_LEVELS; level++) {
    const parent = region.parentElement;
    if (!parent || parent.tagName.toUpperCase() === 'HTML' || parent.querySelectorAll('*').length > MAX_REGION_ELEMENTS) break;
    region = parent;
  }
  const taken = new Set(extracted);
  return collectBlocks(region, (element) => element).filter(
    (block) => block.kind === 'meta' && !taken.has(block.source) && !extracted.some((element) => element.contains(block.source) || block.source.contains(element)),
  );
}

/** The deepest element containing all the given elements. */
export function commonAncestor(elements: readonly Element[]): Element | undefined {
  const first = elements[0];
  if (!first) return undefined;
  let candidate: Element | null = first;
  while (candidate && !elements.every((element) => candidate!.contains(element))) candidate = candidate.parentElement;
  return candidate ?? undefined;
}
