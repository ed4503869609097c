import { LEGAL_NOTICE, REPLY_CONTAINER_NAME } from '../lang/page-structure.ts';
import { readingLength } from '../text/reading-length.ts';

/**
 * Everything the detection signals read, gathered in one bounded pass so that no signal queries the
 * DOM on its own. The pass follows isProbablyReaderable's plan — the browser's native selector engine
 * finds the paragraph-like elements (`p`, `pre`, the parents of `<br>`), and script only looks at
 * those — because a script walk over every node costs 10–30× more on a live page. Nothing is cloned.
 */
export interface DetectionContext {
  doc: Document;
  /** The page URL: the one given, else <link rel=canonical>/og:url. */
  url: URL | undefined;
  /** Lower-cased `<meta>` name/property/itemprop → content (first occurrence), from the whole head. */
  meta: ReadonlyMap<string, string>;
  /**
   * The main block: the container whose child (full weight) and grandchild (half weight) paragraphs
   * carry the most long prose — one coherent block, not page-wide totals.
   */
  densest: { element: Element; textLength: number; linkLength: number } | undefined;
  /** Long paragraphs (≥ LONG_PARAGRAPH, mostly not links) in the page, and inside the main block. */
  longParagraphs: number;
  mainParagraphs: number;
  /** Share of the long-paragraph prose that lies inside the main block (1 = all of it). */
  concentration: number;
  /**
   * Long-paragraph prose in paragraph equivalents (reading length ÷ PARAGRAPH_EQUIVALENT), in the page
   * and in the main block: one old-style <br> block of 7000 characters is many paragraphs, not one.
   */
  proseParagraphs: number;
  mainProseParagraphs: number;
  /**
   * The largest group of same-tag-and-class containers that each hold long prose (posts, reviews,
   * feature cards — or an article whose template wraps every paragraph), measured at their common
   * ancestor. Undefined when no two containers share a signature.
   */
  repeatedItems: RepeatedItems | undefined;
  /** Short paragraph units (< SHORT_PARAGRAPH: call-to-action blurbs, captions, labels). */
  shortParagraphs: number;
  /** Number of links in the document (`document.links`, counted natively). */
  links: number;
  /** Share of CJK characters in the long paragraphs' text (decides which language data applies). */
  cjkShare: number;
  /** The first SAMPLE_CHARS characters of the body text, computed on first use (marker searches). */
  textSample: () => string;
  /** True when the pass stopped at MAX_UNITS (huge page). */
  truncated: boolean;
}

/** Upper bound on units looked at: keeps detection cheap on pathological pages (a long article has ~200). */
const MAX_UNITS = 3_000;
/** isProbablyReaderable's paragraph threshold (140), in reading-length units (a CJK character counts 3). */
export const LONG_PARAGRAPH = 140;
/** Reading length of an average news paragraph (about 70 English words or 130 汉字). */
const PARAGRAPH_EQUIVALENT = 400;
/** Below this a paragraph is a blurb, caption or button text rather than prose. */
const SHORT_PARAGRAPH = 60;
/** Below this much long prose in p/pre/br units, long bare text nodes are looked at too. */
const FALLBACK_BELOW_PROSE = 600;
/** NodeFilter.SHOW_TEXT (the constant itself is not a global in every DOM implementation). */
const SHOW_TEXT = 4;
/** Text nodes visited at most by the fallback. */
const MAX_TEXT_NODES = 5_000;
/** A text node shorter than this (code units) cannot reach LONG_PARAGRAPH even if all CJK. */
const MIN_TEXT_NODE_CHARS = 40;
/** Inline elements that wrap text inside a paragraph block. */
const INLINE_TAGS = new Set(['span', 'font', 'strong', 'b', 'em', 'i', 'u', 'small', 'big', 'sup', 'sub', 'label']);
/** Parents whose text is never prose. */
const NOT_PROSE_PARENT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'option', 'button', 'title', 'a', 'select', 'code']);
/** How much body text the marker searches look at (characters). */
const SAMPLE_CHARS = 30_000;
/** Characters of each long paragraph looked at for the CJK share (its start says which script it is in). */
const CJK_SAMPLE = 400;
/** Most <meta> elements read (a head has 20–100). */
const MAX_METAS = 400;

export interface RepeatedItems {
  /** The common ancestor of the boxes (the boxes themselves when they are fewer than MIN_REPEATED). */
  element: Element;
  /** "tag.class" the boxes share, e.g. "div.comment-body". */
  signature: string;
  count: number;
  /** Share of the ancestor's text that is the boxes' long prose (1 = nothing else in it). */
  proseShare: number;
  linksPerItem: number;
  headingsPerItem: number;
  imagesPerItem: number;
  prose: number;
}

/** Fewer same-class boxes than this are not a repeated structure. */
const MIN_REPEATED = 3;
/** How far up the common ancestor of repeated boxes is searched (a post body sits 2–5 levels under its thread). */
const MAX_ANCESTOR_LEVELS = 6;

/**
 * Paragraph wrappers of one article: the ancestor is nearly all prose, with under one link and one
 * heading per box and few pictures. A thread has author links, permalinks and avatars per post; a
 * card grid a heading and a call to action per card.
 */
export function isWrappedArticle(items: RepeatedItems): boolean {
  if (REPLY_CONTAINER_NAME.test(items.signature)) return false;
  return items.proseShare >= 0.7 && items.linksPerItem < 1.5 && items.headingsPerItem < 0.8 && items.imagesPerItem < 1;
}

/** The nearest ancestor (at most MAX_ANCESTOR_LEVELS up from the first) holding every element; never the body. */
function commonAncestor(elements: Element[], body: Element): Element | undefined {
  let candidate = elements[0]?.parentElement ?? null;
  for (let level = 0; candidate && candidate !== body && level < MAX_ANCESTOR_LEVELS; level++, candidate = candidate.parentElement) {
    const ancestor: Element = candidate;
    if (elements.every((element) => ancestor.contains(element))) return ancestor;
  }
  return undefined;
}

interface ContainerTally { element: Element; direct: number; nested: number; paragraphs: number }

/**
 * Builds the context: one native selector query for the paragraph units, each unit's text read once
 * (textContent of a paragraph, not of a container), link text read only for long paragraphs, and
 * container totals accumulated bottom-up (parent full, grandparent half) as Readability scores them.
 */
export function buildDetectionContext(doc: Document, url?: string): DetectionContext {
  const body = doc.body;
  const containers = new Map<Element, ContainerTally>();
  const longUnits: Array<{ element: Element; prose: number; container: Element | null }> = [];
  let shortParagraphs = 0;
  let longText = 0;
  let cjkChars = 0;
  let cjkSampled = 0;
  let truncated = false;
  // Single-tag queries rather than one selector list: Chromium matches a lone tag name on a fast
  // path (several times cheaper than a list like 'p, pre, br', measured with scripts/bench-detect.ts).
  // <pre> counts because tech articles carry much of their text in code listings. From the document,
  // not the body: the same elements in a browser, and linkedom's body-scoped query misses elements on
  // some malformed pages.
  const paragraphs = body ? [doc.querySelectorAll('p'), doc.querySelectorAll('pre')] : [];
  const breaks = body ? doc.querySelectorAll('br') : [];
  const brParents = new Set<Element>();
  let seen = 0;
  const readUnit = (unit: Element, own: boolean) => {
    if (unit.hasAttribute('hidden')) return;
    const text = unit.textContent ?? '';
    const length = readingLength(text);
    if (length === 0) return;
    if (length < SHORT_PARAGRAPH) {
      shortParagraphs += 1;
      return;
    }
    if (length < LONG_PARAGRAPH) return;
    let linkLength = 0;
    const anchors = unit.getElementsByTagName('a');
    for (let a = 0; a < anchors.length && a < 200; a++) linkLength += readingLength(anchors[a]?.textContent ?? '');
    // A paragraph that is mostly links is a link list, not prose.
    if (linkLength * 2 >= length) return;
    // Copyright footers, disclaimers and cookie notices are long but are nobody's reading.
    if (LEGAL_NOTICE.test(text)) return;
    const prose = length - linkLength;
    longText += prose;
    cjkChars += countCjk(text, CJK_SAMPLE);
    cjkSampled += Math.min(text.length, CJK_SAMPLE);
    const container = own ? unit.parentElement : unit;
    longUnits.push({ element: unit, prose, container });
    if (!container) return;
    const entry = tally(containers, container);
    entry.direct += prose;
    entry.paragraphs += 1;
    const grand = container.parentElement;
    if (grand && container !== body) tally(containers, grand).nested += prose;
  };
  for (const list of paragraphs) {
    for (let i = 0; i < list.length && !truncated; i++, seen++) {
      if (seen >= MAX_UNITS) truncated = true;
      else readUnit(list[i] as Element, true);
    }
  }
  for (let i = 0; i < breaks.length && !truncated; i++, seen++) {
    if (seen >= MAX_UNITS) {
      truncated = true;
      break;
    }
    // Old-style pages put the whole body in one block split by <br>: that block is the unit, once,
    // unless it is (inside) a <p> that is a unit itself.
    const parent = (breaks[i] as Element).parentElement;
    if (!parent || brParents.has(parent)) continue;
    brParents.add(parent);
    const parentTag = parent.localName;
    if (parentTag === 'p' || parentTag === 'pre' || parentTag === 'li' || parentTag === 'a' || parent.closest('p, pre, a') !== null) continue;
    readUnit(parent, false);
  }

  // Some templates put the body text straight into a <div> or <td>, with no <p> and no <br>. Only when
  // the paragraph units hold little prose, look at the long text nodes themselves (a bounded walk that
  // pages with real paragraphs never pay for).
  if (body && longText < FALLBACK_BELOW_PROSE) {
    const walker = doc.createTreeWalker(body, SHOW_TEXT);
    const counted = new Set<Element>();
    let visited = 0;
    for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode(), visited++) {
      const data = node.nodeValue;
      if (!data || data.length < MIN_TEXT_NODE_CHARS) continue;
      const parent = node.parentElement;
      if (!parent || parent === body || NOT_PROSE_PARENT.has(parent.localName) || counted.has(parent)) continue;
      if (parent.closest('p, pre, a') !== null) continue;
      const length = readingLength(data);
      if (length < LONG_PARAGRAPH) continue;
      counted.add(parent);
      // Inline wrappers (<span>, <font>, <strong>) are not containers: credit the block around them.
      let block: Element = parent;
      while (INLINE_TAGS.has(block.localName) && block.parentElement && block.parentElement !== body) block = block.parentElement;
      longText += length;
      cjkChars += countCjk(data, CJK_SAMPLE);
      cjkSampled += Math.min(data.length, CJK_SAMPLE);
      longUnits.push({ element: parent, prose: length, container: block });
      tally(containers, block).direct += length;
      tally(containers, block).paragraphs += 1;
      const grand = block.parentElement;
      if (grand && block !== body) tally(containers, grand).nested += length;
    }
  }

  let main: ContainerTally | undefined;
  let mainScore = 0;
  for (const candidate of containers.values()) {
    const score = candidate.direct + candidate.nested / 2;
    if (score > mainScore) {
      main = candidate;
      mainScore = score;
    }
  }

  // Prose in repeated same-class boxes (tag + class). Either one article whose paragraphs a template
  // wraps one by one (each <p> in its own <div class="body-chunk">), or a page of items — posts,
  // reviews, feature cards. The common ancestor of the boxes tells them apart: an article's holds
  // little besides the prose; a thread's or a card grid's holds a heading, links and pictures per item.
  const signatures = new Map<string, Element[]>();
  for (const unit of longUnits) {
    if (!unit.container) continue;
    const key = signature(unit.container);
    const list = signatures.get(key) ?? [];
    if (list.at(-1) !== unit.container) list.push(unit.container);
    signatures.set(key, list);
  }
  let repeated: Element[] = [];
  let repeatedKey = '';
  for (const [key, list] of signatures) {
    const distinct = new Set(list);
    if (distinct.size > repeated.length) {
      repeated = [...distinct];
      repeatedKey = key;
    }
  }
  let items: RepeatedItems | undefined;
  if (repeated.length >= MIN_REPEATED && body) {
    const ancestor = commonAncestor(repeated, body);
    if (ancestor) {
      let prose = 0;
      for (const unit of longUnits) if (unit.container && ancestor.contains(unit.container)) prose += unit.prose;
      const textLength = readingLength(ancestor.textContent ?? '');
      const count = repeated.length;
      items = {
        element: ancestor,
        signature: repeatedKey,
        count,
        proseShare: textLength > 0 ? prose / textLength : 0,
        linksPerItem: ancestor.getElementsByTagName('a').length / count,
        // Three native tag counts: cheaper than matching a selector list against every descendant.
        headingsPerItem: (ancestor.getElementsByTagName('h2').length + ancestor.getElementsByTagName('h3').length + ancestor.getElementsByTagName('h4').length) / count,
        imagesPerItem: ancestor.getElementsByTagName('img').length / count,
        prose,
      };
      // Wrapped paragraphs of one article: the ancestor is the main block.
      if (isWrappedArticle(items) && (!main || prose > main.direct + main.nested / 2)) main = tally(containers, ancestor);
    }
  } else if (repeated.length > 0) {
    items = { element: repeated[0] as Element, signature: repeatedKey, count: repeated.length, proseShare: 1, linksPerItem: 0, headingsPerItem: 0, imagesPerItem: 0, prose: 0 };
  }

  let mainParagraphs = 0;
  let inside = 0;
  for (const unit of longUnits) {
    const container = unit.container;
    if (!main || !container) continue;
    if (container === main.element || container.parentElement === main.element || main.element.contains(container)) {
      mainParagraphs += 1;
      inside += unit.prose;
    }
  }

  return {
    doc,
    url: resolvePageUrl(doc, url),
    meta: readMeta(doc),
    densest: main ? measureContainer(main.element) : undefined,
    longParagraphs: longUnits.length,
    mainParagraphs,
    concentration: longText > 0 ? inside / longText : 0,
    proseParagraphs: Math.max(longUnits.length, longText / PARAGRAPH_EQUIVALENT),
    mainProseParagraphs: Math.max(mainParagraphs, inside / PARAGRAPH_EQUIVALENT),
    repeatedItems: items,
    shortParagraphs,
    // linkedom (CLI) has no document.links; browsers count it natively.
    links: (doc.links as HTMLCollection | undefined)?.length ?? doc.querySelectorAll('a[href], area[href]').length,
    cjkShare: cjkSampled > 0 ? cjkChars / cjkSampled : 0,
    textSample: memo(() => (body?.textContent ?? '').slice(0, SAMPLE_CHARS)),
    truncated,
  };
}

function tally(containers: Map<Element, ContainerTally>, element: Element): ContainerTally {
  let entry = containers.get(element);
  if (!entry) {
    entry = { element, direct: 0, nested: 0, paragraphs: 0 };
    containers.set(element, entry);
  }
  return entry;
}

/** "tag.class" of a container: what repeated posts, reviews and cards share. */
function signature(element: Element): string {
  return `${element.localName}.${element.getAttribute('class') ?? ''}`;
}

/** Total and linked text of the main block: its text read once, its links summed once. */
function measureContainer(element: Element) {
  const textLength = readingLength(element.textContent ?? '');
  let linkLength = 0;
  const anchors = element.getElementsByTagName('a');
  for (let i = 0; i < anchors.length && i < 1_000; i++) linkLength += readingLength(anchors[i]?.textContent ?? '');
  return { element, textLength, linkLength: Math.min(linkLength, textLength) };
}

/** CJK characters among the first `limit` characters of `text`. */
function countCjk(text: string, limit: number): number {
  let count = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3040 && code <= 0x9fff) count += 1;
  }
  return count;
}

/** Every <meta> of the document by lower-cased name, property or itemprop (first one wins). */
function readMeta(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  const elements = doc.getElementsByTagName('meta');
  for (let i = 0; i < elements.length && i < MAX_METAS; i++) {
    const element = elements[i];
    if (!element) continue;
    const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
    const content = element.getAttribute('content');
    if (!key || content === null) continue;
    const name = key.toLowerCase();
    if (!meta.has(name)) meta.set(name, content);
  }
  return meta;
}

function memo<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/** The page's URL: the caller's, else the canonical link or og:url the page declares about itself. */
export function resolvePageUrl(doc: Document, url?: string): URL | undefined {
  // Lazily: the page's own declarations cost a selector query and are only read without a caller URL.
  const candidates = [
    () => url,
    () => doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    () => doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const read of candidates) {
    const candidate = read();
    if (!candidate) continue;
    try {
      return new URL(candidate);
    } catch {
      // Relative or malformed: try the next source.
    }
  }
  return undefined;
}
