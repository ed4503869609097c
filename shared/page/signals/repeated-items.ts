import { readingLength } from '../text/reading-length.ts';
import { contribution, type Signal } from './signal.ts';

/** A run of siblings at least this long, of the same tag and class, is a repeated item structure. */
const MIN_ITEMS = 6;
/** How many candidate parents we look at (keeps the walk bounded on huge pages). */
const MAX_PARENTS = 400;

/**
 * Repeated item structures — the same tag+class sibling many times over, each item a link with a
 * little text — are what lists, forum boards, product grids and search results are made of. Article
 * pages have them too (menus, related lists), so the signal compares the text the items hold with
 * the prose of the main block rather than merely counting them.
 */
export const repeatedItems: Signal = (context) => {
  const body = context.doc.body;
  if (!body) return null;
  const parents = body.querySelectorAll('ul, ol, tbody, div, section, dl');
  let itemText = 0;
  let items = 0;
  let largest = 0;
  for (let i = 0; i < Math.min(parents.length, MAX_PARENTS * 10) && i < parents.length; i++) {
    const parent = parents[i];
    if (!parent || parent.children.length < MIN_ITEMS) continue;
    const groups = new Map<string, Element[]>();
    for (const child of Array.from(parent.children)) {
      const key = `${child.tagName}.${child.getAttribute('class') ?? ''}`;
      const group = groups.get(key);
      if (group) group.push(child);
      else groups.set(key, [child]);
    }
    for (const group of groups.values()) {
      if (group.length < MIN_ITEMS) continue;
      const tag = group[0]?.tagName.toUpperCase();
      if (tag === 'P' || tag === 'BR' || tag === 'SCRIPT' || tag === 'OPTION') continue;
      // Items of a list each carry a link and are short; article paragraphs are not linked.
      const linked = group.filter((item) => item.querySelector('a[href]') !== null || item.tagName.toUpperCase() === 'A');
      if (linked.length < group.length * 0.6) continue;
      const text = linked.reduce((sum, item) => sum + readingLength(item.textContent ?? ''), 0);
      // Menus: many items with a word or two each are navigation, not content listings.
      if (text / linked.length < 25) continue;
      items += linked.length;
      itemText += text;
      largest = Math.max(largest, linked.length);
    }
  }
  if (items === 0) return null;
  const prose = context.densest ? context.densest.textLength - context.densest.linkLength : 0;
  const ratio = itemText / Math.max(prose, 1);
  const facts = `${items} repeated linked items (largest run ${largest}), item text ${ratio.toFixed(1)}× main prose`;
  if (ratio > 2 && largest >= 10) return contribution(-1.8, facts);
  if (ratio > 1) return contribution(-1, facts);
  if (ratio > 0.5) return contribution(-0.4, facts);
  return null;
};
