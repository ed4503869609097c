/**
 * From analysis offsets back to the live page. A block's text is its element's text with whitespace
 * runs collapsed to one space and trimmed (shared/page/text/reading-length.ts `collapseSpace`, applied
 * by extraction to the element's textContent), so the offsets of a quote count characters of that
 * collapsed text. `indexText` builds the same collapsed text from the element's text nodes and keeps,
 * for each of its characters, the text node and offset it came from; a Range is then two look-ups.
 *
 * A block is one run of its element (text between <br>s or block children), so the block's text is
 * found inside the element's text first; when the page changed since extraction, the quote's own text
 * is searched for instead, nearest to where it was.
 *
 * @example
 *   const range = rangeInBlock(element, block.text, quote.start, quote.end);
 *   if (range) CSS.highlights.set('quote', new Highlight(range));
 */

/** One whitespace character, as `\s` in JavaScript (what collapseSpace collapses). */
const SPACE = /\s/;

export interface TextIndex {
  /** The element's text, whitespace collapsed and trimmed like a block's text. */
  text: string;
  /** For each character of `text`: the text node it came from and the offset in that node. */
  nodes: Text[];
  offsets: number[];
}

/** Collapsed text of `element` with a position map back into its text nodes. */
export function indexText(element: Element): TextIndex {
  const index: TextIndex = { text: '', nodes: [], offsets: [] };
  const chars: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let pendingSpace: { node: Text; offset: number } | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let offset = 0; offset < data.length; offset++) {
      const char = data[offset]!;
      if (SPACE.test(char)) {
        // Leading space is trimmed; a run becomes one space, placed only when more text follows.
        if (chars.length > 0 && pendingSpace === null) pendingSpace = { node, offset };
        continue;
      }
      if (pendingSpace) {
        chars.push(' ');
        index.nodes.push(pendingSpace.node);
        index.offsets.push(pendingSpace.offset);
        pendingSpace = null;
      }
      chars.push(char);
      index.nodes.push(node);
      index.offsets.push(offset);
    }
  }
  index.text = chars.join('');
  return index;
}

/** A Range over `[from, to)` of an index's text, or null when the span is empty or out of bounds. */
export function rangeAt(index: TextIndex, from: number, to: number): Range | null {
  if (from < 0 || to > index.text.length || from >= to) return null;
  const startNode = index.nodes[from];
  const endNode = index.nodes[to - 1];
  const startOffset = index.offsets[from];
  const endOffset = index.offsets[to - 1];
  if (!startNode || !endNode || startOffset === undefined || endOffset === undefined) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);
  return range;
}

/** Where the block's text starts in the element's collapsed text, or -1 (the page changed since). */
export function blockStart(index: TextIndex, blockText: string): number {
  return blockText ? index.text.indexOf(blockText) : -1;
}

/**
 * The Range of `[start, end)` of a block's text inside its live element, or null when it cannot be
 * found any more.
 */
export function rangeInBlock(element: Element, blockText: string, start: number, end: number): Range | null {
  const index = indexText(element);
  const at = blockStart(index, blockText);
  if (at >= 0) return rangeAt(index, at + start, at + end);
  // The page re-rendered the block: look for the quoted words themselves, nearest to their old place.
  const wanted = blockText.slice(start, end);
  const found = nearestOccurrence(index.text, wanted, start);
  return found < 0 ? null : rangeAt(index, found, found + wanted.length);
}

function nearestOccurrence(text: string, needle: string, near: number): number {
  if (!needle) return -1;
  let best = -1;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/** A letter or digit in any script: a Latin term must not match inside a longer word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Han, kana and hangul: words run together without spaces, so a term may match anywhere. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

/**
 * Every occurrence of `term` in `[from, to)` of the index's text, as Ranges. Case-insensitive where
 * lower-casing keeps lengths (it does for the scripts we read); a term that starts or ends with a Latin
 * letter or digit only matches at word edges ("art" is not found in "start").
 */
export function termRanges(index: TextIndex, term: string, from = 0, to = index.text.length): Range[] {
  if (!term) return [];
  const haystackRaw = index.text.slice(from, to);
  const lower = haystackRaw.toLowerCase();
  const needleLower = term.toLowerCase();
  const caseless = lower.length === haystackRaw.length && needleLower.length === term.length;
  const haystack = caseless ? lower : haystackRaw;
  const needle = caseless ? needleLower : term;
  const checkStart = !CJK.test(needle[0] ?? '');
  const checkEnd = !CJK.test(needle[needle.length - 1] ?? '');
  const ranges: Range[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (checkStart && before !== undefined && WORD_CHAR.test(before) && WORD_CHAR.test(needle[0]!)) continue;
    if (checkEnd && after !== undefined && WORD_CHAR.test(after) && WORD_CHAR.test(needle[needle.length - 1]!)) continue;
    const range = rangeAt(index, from + at, from + at + needle.length);
    if (range) ranges.push(range);
  }
  return ranges;
}
