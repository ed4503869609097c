import { readingLength } from '../text/reading-length.ts';

/**
 * Everything the detection signals read, computed by one bounded walk of the document so that no
 * signal walks the DOM on its own. Nothing is cloned and nothing is parsed beyond what the browser
 * already built.
 */
export interface DetectionContext {
  doc: Document;
  /** The page URL: the one given, else <link rel=canonical>/og:url. */
  url: URL | undefined;
  /** Reading lengths of the text-bearing blocks (paragraph units), in document order. */
  paragraphLengths: number[];
  /** The container whose paragraph children carry the most text (Readability's idea, without scoring). */
  densest: { element: Element; textLength: number; linkLength: number } | undefined;
  /** Visible body text length and the part of it inside links (reading lengths). */
  bodyLength: number;
  bodyLinkLength: number;
  /** Share of the long-paragraph text (≥ 140 reading length) that lies inside the densest container. */
  concentration: number;
  /** The first characters of the body text, for marker searches (bounded). */
  textSample: string;
  /** True when the walk stopped at MAX_NODES (huge page). */
  truncated: boolean;
}

/** Elements that start a new text block for paragraph accounting. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'TD', 'TH', 'LI', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'ARTICLE', 'SECTION', 'MAIN',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL',
  'TABLE', 'TR', 'TBODY', 'FORM', 'CENTER', 'FONT',
]);
/** Elements whose text a reader never sees as prose. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'HEAD']);
/** Block-level tags that can hold article paragraphs as children (candidates for "densest"). */
const PARAGRAPH_TAGS = new Set(['P', 'DIV', 'TD', 'PRE', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'FONT', 'CENTER']);

/** Upper bound on visited nodes: keeps detection cheap on pathological pages (a long page has ~10k). */
const MAX_NODES = 40_000;
/** isProbablyReaderable's paragraph threshold, in reading-length units. */
const LONG_PARAGRAPH = 140;
/** How much body text the marker searches look at (characters). */
const SAMPLE_CHARS = 30_000;

interface BlockTally { element: Element; text: number; link: number; childParagraphText: number; childLinkText: number }

/**
 * Builds the context in one depth-first walk over the body. Text is credited to its nearest block
 * ancestor; each block's non-link text is credited to its parent (full) and grandparent (half) —
 * the same propagation Readability uses — to find the densest container without scoring classes.
 */
export function buildDetectionContext(doc: Document, url?: string): DetectionContext {
  const body = doc.body ?? doc.documentElement;
  const tallies = new Map<Element, BlockTally>();
  const sample: string[] = [];
  let sampleLength = 0;
  let bodyLength = 0;
  let bodyLinkLength = 0;
  let visited = 0;
  let truncated = false;

  // Explicit stack of [node, nearest block tally, inside-link] so deep pages cannot overflow the call stack.
  const stack: Array<[Node, BlockTally | undefined, boolean]> = body ? [[body, undefined, false]] : [];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry) break;
    const [node, block, inLink] = entry;
    if (++visited > MAX_NODES) {
      truncated = true;
      break;
    }
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      const length = readingLength(text);
      if (length === 0 || !block) continue;
      block.text += length;
      bodyLength += length;
      if (inLink) {
        block.link += length;
        bodyLinkLength += length;
      }
      if (sampleLength < SAMPLE_CHARS) {
        sample.push(text);
        sampleLength += text.length;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || element.hasAttribute('hidden')) continue;
    let own = block;
    if (BLOCK_TAGS.has(tag) || !block) {
      own = { element, text: 0, link: 0, childParagraphText: 0, childLinkText: 0 };
      tallies.set(element, own);
    }
    const link = inLink || tag === 'A';
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push([child, own, link]);
    }
  }

  const paragraphLengths: number[] = [];
  for (const tally of tallies.values()) {
    const prose = tally.text - tally.link;
    if (tally.link > 0) {
      // Link text is propagated like prose so a container is judged by its link density (Readability's
      // score × (1 − link density)): a wrapper of many linked items is not the article body.
      const parent = tally.element.parentElement;
      const parentTally = parent ? (tallies.get(parent) ?? findTallyAbove(parent, tallies)) : undefined;
      if (parentTally) {
        parentTally.childLinkText += tally.link;
        const grand = parentTally.element.parentElement;
        const grandTally = grand ? tallies.get(grand) : undefined;
        if (grandTally) grandTally.childLinkText += tally.link / 2;
      }
    }
    if (prose <= 0) continue;
    if (tally.text > 0 && tally.link / tally.text < 0.5) paragraphLengths.push(tally.text);
    const parent = tally.element.parentElement;
    if (!parent) continue;
    const parentTally = tallies.get(parent) ?? findTallyAbove(parent, tallies);
    if (parentTally && PARAGRAPH_TAGS.has(parentTally.element.tagName.toUpperCase())) {
      parentTally.childParagraphText += prose;
      const grand = parentTally.element.parentElement;
      const grandTally = grand ? tallies.get(grand) : undefined;
      if (grandTally) grandTally.childParagraphText += prose / 2;
    }
  }

  let best: BlockTally | undefined;
  let bestScore = 0;
  for (const tally of tallies.values()) {
    const prose = tally.childParagraphText + (tally.text - tally.link);
    const links = tally.childLinkText + tally.link;
    const score = prose * (1 - links / Math.max(prose + links, 1));
    if (!best || score > bestScore) {
      best = tally;
      bestScore = score;
    }
  }
  const densest = best ? measureContainer(best.element, tallies) : undefined;
  let longText = 0;
  let longInside = 0;
  for (const tally of tallies.values()) {
    const prose = tally.text - tally.link;
    if (prose < LONG_PARAGRAPH || tally.link / tally.text >= 0.5) continue;
    longText += prose;
    if (best && (tally.element === best.element || best.element.contains(tally.element))) longInside += prose;
  }

  return {
    doc,
    url: resolvePageUrl(doc, url),
    paragraphLengths,
    densest,
    bodyLength,
    bodyLinkLength,
    concentration: longText > 0 ? longInside / longText : 0,
    textSample: sample.join(' '),
    truncated,
  };
}

/** Total and linked text of one container, summed from the tallies of the blocks inside it. */
function measureContainer(element: Element, tallies: Map<Element, BlockTally>) {
  let textLength = 0;
  let linkLength = 0;
  for (const tally of tallies.values()) {
    if (tally.element === element || element.contains(tally.element)) {
      textLength += tally.text;
      linkLength += tally.link;
    }
  }
  return { element, textLength, linkLength };
}

function findTallyAbove(element: Element, tallies: Map<Element, BlockTally>): BlockTally | undefined {
  let current: Element | null = element;
  for (let depth = 0; current && depth < 4; depth++, current = current.parentElement) {
    const tally = tallies.get(current);
    if (tally) return tally;
  }
  return undefined;
}

/** The page's URL: the caller's, else the canonical link or og:url the page declares about itself. */
export function resolvePageUrl(doc: Document, url?: string): URL | undefined {
  const candidates = [
    url,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return new URL(candidate);
    } catch {
      // Relative or malformed: try the next source.
    }
  }
  return undefined;
}
