import { LEGAL_NOTICE, REPLY_CONTAINER_NAME } from '../lang/page-structure.ts';
import { CJK_WEIGHT, readingLength } from '../text/reading-length.ts';
import { readJsonLd, type JsonLdSummary } from './json-ld.ts';
import { estimateParagraph, estimateReadingLength, sampledCjkShare } from './prose-length.ts';

/**
 * Everything the structural signals read, gathered in one bounded pass. The pass follows
 * isProbablyReaderable's plan — the browser's native tag queries give the paragraph-like elements
 * (`p`, `pre`, the parents of `<br>`), and script only looks at those — because a script walk over
 * every node costs 10–30× more on a live page. Lengths come from native string lengths and sampled
 * characters (see prose-length.ts), not from loops over every character. Nothing is cloned.
 */
export interface DetectionContext {
  doc: Document;
  /** The page URL: the one given, else <link rel=canonical>/og:url (resolved on first use). */
  readonly url: URL | undefined;
  /** Lower-cased `<meta>` name/property/itemprop → content (first occurrence), read on first use. */
  readonly meta: ReadonlyMap<string, string>;
  /**
   * The main block: the container whose child (full weight) and grandchild (half weight) paragraphs
   * carry the most long prose — one coherent block, not page-wide totals.
   */
  densest: { element: Element; textLength: number; linkLength: number } | undefined;
  /**
   * The same block, measured cheaply for the signals: its prose (text minus link text, in reading
   * length) and link density, from code-unit counts.
   */
  mainBlock: { element: Element; prose: number; linkDensity: number } | undefined;
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
  /** Share of CJK characters in the long paragraphs' text (decides which language data applies). */
  cjkShare: number;
  /** The first SAMPLE_CHARS characters of the body text, computed on first use (marker searches). */
  textSample: () => string;
  /** The page's JSON-LD declarations, parsed on first use. */
  jsonLd: () => JsonLdSummary;
  /**
   * Every `<tag>` element of the document in document order, found on first use and shared by the
   * signals that read it (dates, buttons, <article>s, headings).
   */
  elements: (tag: string) => ArrayLike<Element>;
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
const MAX_TEXT_NODES = 3_000;
/** A text node shorter than this (code units) cannot reach LONG_PARAGRAPH even if all CJK. */
const MIN_TEXT_NODE_CHARS = 40;
/** Inline elements that wrap text inside a paragraph block. */
const INLINE_TAGS = new Set(['span', 'font', 'strong', 'b', 'em', 'i', 'u', 'small', 'big', 'sup', 'sub', 'label']);
/** Parents whose text is never prose. */
const NOT_PROSE_PARENT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'option', 'button', 'title', 'a', 'select', 'code']);
/** How much body text the marker searches look at (characters). */
const SAMPLE_CHARS = 30_000;
/** Characters sampled to estimate the reading length of a container (see estimateReadingLength). */
const CONTAINER_SAMPLES = 128;
/** Characters sampled for the CJK share of a container or a bare text node. */
const CJK_SAMPLES = 32;
/** Longest text (code units) taken for a legal notice (the longest in the corpus has 922). */
const MAX_LEGAL_NOTICE_CHARS = 1_200;
/** A main block with more long paragraphs than this is read, not a legal footer. */
const LEGAL_FOOTER_PARAGRAPHS = 4;
/** Legal blocks set aside at most before the main block is taken as it is. */
const LEGAL_RETRIES = 3;
/** Most <link> elements looked through for the canonical URL (a head has 5–50). */
const MAX_LINK_ELEMENTS = 200;
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
  /** <time> elements per box: posts and teasers carry their own date, sections of a text do not. */
  datesPerItem: number;
  /** h2–h4 headings that link to another page, per box: the titles of cards and search results. */
  linkedHeadingsPerItem: number;
  prose: number;
}

/** Fewer same-class boxes than this are not a repeated structure. */
const MIN_REPEATED = 3;
/**
 * How far up the common ancestor of repeated boxes is searched: a post body sits 2–5 levels under a
 * flat thread, and nested replies go two levels deeper per level of reply.
 */
const MAX_ANCESTOR_LEVELS = 16;

/**
 * Boxes that are parts of one text rather than items of a page. Either paragraph wrappers — the
 * ancestor nearly all prose, under one link and one heading per box, few pictures — or sections:
 * several paragraphs each, under their own (unlinked) heading. Items are told by what each one
 * carries for itself: a post its date and a class naming it a comment or reply, a card or search
 * result a heading that links to its own page, and a card no more than a blurb of prose.
 */
export function isOneText(items: RepeatedItems): boolean {
  if (REPLY_CONTAINER_NAME.test(items.signature) || items.datesPerItem >= 0.5) return false;
  if (items.proseShare >= 0.7 && items.linksPerItem < 1.5 && items.headingsPerItem < 0.8 && items.imagesPerItem < 1) return true;
  return items.prose / items.count >= SECTION_PROSE && items.linkedHeadingsPerItem < 0.5 && items.proseShare >= 0.5;
}

/** Prose of a section (reading length: about a paragraph and a half) — more than any card's blurb. */
const SECTION_PROSE = 600;

/** Headings (h2–h4) inside `root` that hold or sit in a link to another page (not a #fragment). */
function linkedHeadings(root: Element): number {
  let count = 0;
  for (const tag of ['h2', 'h3', 'h4']) {
    const headings = root.getElementsByTagName(tag);
    for (let i = 0; i < headings.length && i < 200; i++) {
      const heading = headings[i] as Element;
      const link = heading.getElementsByTagName('a')[0] ?? heading.closest('a');
      const href = link?.getAttribute('href');
      if (href && !href.startsWith('#')) count += 1;
    }
  }
  return count;
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

/** A paragraph unit with long prose: its text, prose (reading length, links excluded) and container. */
interface LongUnit { element: Element; text: string; prose: number; container: Element | null }

/** The long prose found so far: the units, their containers' tallies, and the page's totals. */
interface ProseTally {
  containers: Map<Element, ContainerTally>;
  units: LongUnit[];
  /** Long-paragraph prose of the page (reading length). */
  text: number;
  /** The same prose, each unit weighted by its CJK share (for the page's share). */
  cjk: number;
}

/**
 * Builds the context: native tag collections for the paragraph units, each unit's text read once
 * (textContent of a paragraph, not of a container), link text read only for long paragraphs, and
 * container totals accumulated bottom-up (parent full, grandparent half) as Readability scores them.
 * What only some pages need — the walk over bare text nodes, the legal-notice check, the measures of
 * repeated boxes — lives in functions of its own: V8 compiles a function on its first call, so code a
 * page does not run costs that page nothing.
 */
export function buildDetectionContext(doc: Document, url?: string): DetectionContext {
  const body = doc.body;
  const prose: ProseTally = { containers: new Map(), units: [], text: 0, cjk: 0 };
  let shortParagraphs = 0;
  let truncated = false;
  // One native query per tag (see memoByTag) rather than one selector list: a list is matched
  // against every element (measured in Chromium: three tag walks take about two thirds of one
  // 'p, pre, br' query). <pre> counts because tech articles carry much of their text in code
  // listings. From the document, not the body: the same elements in a browser, and linkedom's
  // body-scoped query misses elements on some malformed pages. (querySelectorAll also leaves
  // <template> contents out in linkedom, as browsers do; its getElementsByTagName looked inside.)
  const elements = memoByTag(doc);
  const paragraphs = body ? elements('p') : [];
  const listings = body ? elements('pre') : [];
  const breaks = body ? elements('br') : [];
  const brParents = new Set<Element>();
  // `own`: the unit is a paragraph in its container (else it is the container); `sampled`: its text
  // has indentation and nested blocks, so it is sampled rather than taken as one run of words.
  const readUnit = (unit: Element, own: boolean, sampled: boolean) => {
    const text = unit.textContent ?? '';
    const raw = text.length;
    if (raw === 0) return;
    // A CJK character counts CJK_WEIGHT at most, so a text this short is a blurb without measuring it.
    if (raw * CJK_WEIGHT < SHORT_PARAGRAPH) {
      shortParagraphs += 1;
      return;
    }
    // A paragraph is one run of words, estimated natively; <br>-split containers and code listings,
    // with indentation and nested blocks, are sampled.
    const paragraph = sampled ? undefined : estimateParagraph(text);
    const length = paragraph ? paragraph.length : estimateReadingLength(text, CONTAINER_SAMPLES);
    if (length < SHORT_PARAGRAPH) {
      shortParagraphs += 1;
      return;
    }
    if (length < LONG_PARAGRAPH) return;
    // Hidden text is nobody's reading (looked at only here: most paragraphs are not long).
    if (unit.hasAttribute('hidden')) return;
    // Link text in code units: its share of the paragraph is all that matters, so no reading length.
    let linkChars = 0;
    // Most paragraphs are bare text: no child element, no link to look for.
    if (unit.firstElementChild) {
      const anchors = unit.getElementsByTagName('a');
      for (let a = 0; a < anchors.length && a < 200; a++) linkChars += anchors[a]?.textContent?.length ?? 0;
    }
    // A paragraph that is mostly links is a link list, not prose.
    if (linkChars * 2 >= raw) return;
    const cjkShare = paragraph ? paragraph.cjkShare : sampledCjkShare(text, CJK_SAMPLES);
    addLongUnit(prose, { element: unit, text, prose: length * (1 - linkChars / raw), container: own ? unit.parentElement : unit }, cjkShare, body);
  };
  let seen = 0;
  for (const list of [paragraphs, listings]) {
    for (let i = 0; i < list.length && !truncated; i++, seen++) {
      if (seen >= MAX_UNITS) truncated = true;
      else readUnit(list[i] as Element, true, list === listings);
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
    readUnit(parent, false, true);
  }

  // Some templates put the body text straight into a <div> or <td>, with no <p> and no <br>. Only when
  // the paragraph units hold little prose, look at the long text nodes themselves (a bounded walk that
  // pages with real paragraphs never pay for).
  if (body && prose.text < FALLBACK_BELOW_PROSE) readBareTextNodes(doc, body, prose);

  let main = setAsideLegalNotices(prose, bestContainer(prose.containers), body);

  // Prose in repeated same-class boxes (tag + class). Either one article whose paragraphs a template
  // wraps one by one (each <p> in its own <div class="body-chunk">), or a page of items — posts,
  // reviews, feature cards. The common ancestor of the boxes tells them apart: an article's holds
  // little besides the prose; a thread's or a card grid's holds a heading, links and pictures per item.
  const items = findRepeatedItems(prose.units, body);
  // Parts of one article — wrapped paragraphs or sections: their ancestor is the main block. (Only
  // measured groups carry prose; a group too small to measure says nothing here.)
  if (items && items.prose > 0 && isOneText(items) && (!main || items.prose > main.direct + main.nested / 2)) main = tally(prose.containers, items.element);

  let mainParagraphs = 0;
  let inside = 0;
  for (const unit of prose.units) {
    const container = unit.container;
    if (!main || !container) continue;
    if (container === main.element || container.parentElement === main.element || main.element.contains(container)) {
      mainParagraphs += 1;
      inside += unit.prose;
    }
  }
  const mainElement = main?.element;
  // The head's metadata and the page URL are read on first use: a page whose verdict is settled
  // before any signal asks for them never walks the document for its <meta> and <link> elements.
  const meta = memo(() => readMeta(doc));
  const pageUrl = memo(() => resolvePageUrl(doc, meta(), url));

  return {
    doc,
    get url() {
      return pageUrl();
    },
    get meta() {
      return meta();
    },
    mainBlock: mainElement ? measureMainBlock(mainElement) : undefined,
    // Exact reading lengths of the whole block: only extraction's fallback asks, so only then measured.
    get densest() {
      return mainElement ? measureContainer(mainElement) : undefined;
    },
    longParagraphs: prose.units.length,
    mainParagraphs,
    concentration: prose.text > 0 ? inside / prose.text : 0,
    proseParagraphs: Math.max(prose.units.length, prose.text / PARAGRAPH_EQUIVALENT),
    mainProseParagraphs: Math.max(mainParagraphs, inside / PARAGRAPH_EQUIVALENT),
    repeatedItems: items,
    shortParagraphs,
    cjkShare: prose.text > 0 ? prose.cjk / prose.text : 0,
    textSample: memo(() => (body?.textContent ?? '').slice(0, SAMPLE_CHARS)),
    jsonLd: memo(() => readJsonLd(doc)),
    elements,
    truncated,
  };
}

/** Counts one long unit: in the page's totals, its container (full weight) and the container's parent (half). */
function addLongUnit(prose: ProseTally, unit: LongUnit, cjkShare: number, body: Element | null): void {
  prose.text += unit.prose;
  prose.cjk += unit.prose * cjkShare;
  prose.units.push(unit);
  const container = unit.container;
  if (!container) return;
  const entry = tally(prose.containers, container);
  entry.direct += unit.prose;
  entry.paragraphs += 1;
  const grand = container.parentElement;
  if (grand && container !== body) tally(prose.containers, grand).nested += unit.prose;
}

/** The long text nodes outside any p/pre/a (a bounded walk), counted as units of the block around them. */
function readBareTextNodes(doc: Document, body: Element, prose: ProseTally): void {
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  const counted = new Set<Element>();
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_TEXT_NODES; node = walker.nextNode(), visited++) {
    // The node's length first: reading its text would make a string of every whitespace node.
    if ((node as CharacterData).length < MIN_TEXT_NODE_CHARS) continue;
    const data = node.nodeValue;
    if (!data) continue;
    const parent = node.parentElement;
    if (!parent || parent === body || NOT_PROSE_PARENT.has(parent.localName) || counted.has(parent)) continue;
    if (parent.closest('p, pre, a') !== null) continue;
    const length = readingLength(data);
    if (length < LONG_PARAGRAPH) continue;
    counted.add(parent);
    // Inline wrappers (<span>, <font>, <strong>) are not containers: credit the block around them.
    let block: Element = parent;
    while (INLINE_TAGS.has(block.localName) && block.parentElement && block.parentElement !== body) block = block.parentElement;
    addLongUnit(prose, { element: parent, text: data, prose: length, container: block }, sampledCjkShare(data, CJK_SAMPLES), body);
  }
}

/**
 * Copyright footers, disclaimers and cookie notices are long but are nobody's reading. They matter
 * only where they would be taken for the main block, and a footer is a few short paragraphs: only
 * such a main block is searched for them (not every paragraph of every page), and legal text found
 * there is set aside before the next best block is taken. Returns the main block after that.
 */
function setAsideLegalNotices(prose: ProseTally, first: ContainerTally | undefined, body: Element | null): ContainerTally | undefined {
  let main = first;
  for (let attempt = 0; main && attempt < LEGAL_RETRIES; attempt++) {
    const element = main.element;
    const own = prose.units.filter((unit) => unit.container === element || unit.container?.parentElement === element);
    const legal = own.length <= LEGAL_FOOTER_PARAGRAPHS ? own.filter((unit) => unit.text.length <= MAX_LEGAL_NOTICE_CHARS && LEGAL_NOTICE.test(unit.text)) : [];
    if (legal.length === 0) break;
    for (const unit of legal) {
      prose.text -= unit.prose;
      if (!unit.container) continue;
      const entry = tally(prose.containers, unit.container);
      entry.direct -= unit.prose;
      entry.paragraphs -= 1;
      const grand = unit.container.parentElement;
      if (grand && unit.container !== body) tally(prose.containers, grand).nested -= unit.prose;
    }
    prose.units = prose.units.filter((unit) => !legal.includes(unit));
    main = bestContainer(prose.containers);
  }
  return main;
}

/** The largest group of same-signature ("tag.class") containers of long units (see RepeatedItems). */
function findRepeatedItems(units: LongUnit[], body: Element | null): RepeatedItems | undefined {
  const signatures = new Map<string, Element[]>();
  let previous: Element | null = null;
  for (const unit of units) {
    // Consecutive paragraphs mostly share their container: its signature is built once.
    if (!unit.container || unit.container === previous) continue;
    previous = unit.container;
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
  if (repeated.length >= MIN_REPEATED && body) {
    const ancestor = commonAncestor(repeated, body);
    return ancestor ? measureRepeatedItems(ancestor, repeated.length, repeatedKey, units) : undefined;
  }
  if (repeated.length === 0) return undefined;
  return { element: repeated[0] as Element, signature: repeatedKey, count: repeated.length, proseShare: 1, linksPerItem: 0, headingsPerItem: 0, imagesPerItem: 0, datesPerItem: 0, linkedHeadingsPerItem: 0, prose: 0 };
}

/** What `count` repeated boxes under `ancestor` carry each: their prose share, links, headings, pictures and dates. */
function measureRepeatedItems(ancestor: Element, count: number, signature: string, units: LongUnit[]): RepeatedItems {
  let prose = 0;
  for (const unit of units) if (unit.container && ancestor.contains(unit.container)) prose += unit.prose;
  const textLength = estimateReadingLength(ancestor.textContent ?? '', CONTAINER_SAMPLES);
  return {
    element: ancestor,
    signature,
    count,
    proseShare: textLength > 0 ? prose / textLength : 0,
    linksPerItem: ancestor.getElementsByTagName('a').length / count,
    // Three native tag counts: cheaper than matching a selector list against every descendant.
    headingsPerItem: (ancestor.getElementsByTagName('h2').length + ancestor.getElementsByTagName('h3').length + ancestor.getElementsByTagName('h4').length) / count,
    imagesPerItem: ancestor.getElementsByTagName('img').length / count,
    datesPerItem: ancestor.getElementsByTagName('time').length / count,
    linkedHeadingsPerItem: linkedHeadings(ancestor) / count,
    prose,
  };
}

/** The container whose own paragraphs (full weight) and grandchildren (half weight) hold the most prose. */
function bestContainer(containers: Map<Element, ContainerTally>): ContainerTally | undefined {
  let best: ContainerTally | undefined;
  // Above a fraction of a character: set-aside legal text leaves rounding residue behind.
  let bestScore = 0.5;
  for (const candidate of containers.values()) {
    const score = candidate.direct + candidate.nested / 2;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
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

/**
 * The main block for the signals: its prose (text minus link text, in reading length) and link
 * density. The text is measured once; the links' share comes from code-unit lengths the browser
 * keeps natively, so no link text is scanned.
 */
function measureMainBlock(element: Element): { element: Element; prose: number; linkDensity: number } {
  const text = element.textContent ?? '';
  let linkChars = 0;
  const anchors = element.getElementsByTagName('a');
  for (let i = 0; i < anchors.length && i < 1_000; i++) linkChars += anchors[i]?.textContent?.length ?? 0;
  const linkDensity = text.length > 0 ? Math.min(1, linkChars / text.length) : 1;
  return { element, prose: estimateReadingLength(text, CONTAINER_SAMPLES) * (1 - linkDensity), linkDensity };
}

/** Every <meta> of the document by lower-cased name, property or itemprop (first one wins). */
function readMeta(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  const elements = doc.querySelectorAll('meta');
  for (let i = 0; i < elements.length && i < MAX_METAS; i++) {
    const element = elements[i] as Element;
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
export function resolvePageUrl(doc: Document, meta: ReadonlyMap<string, string>, url?: string): URL | undefined {
  // Lazily: the page's own declarations are only read without a caller URL.
  const candidates = [() => url, () => canonicalHref(doc), () => meta.get('og:url')];
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

/** The href of <link rel=canonical>, from the document's few <link> elements (no selector scan). */
function canonicalHref(doc: Document): string | undefined {
  // Only links whose rel mentions "canonical" in any case (the selector cannot trim); the exact test
  // is made here. A page without one — most Chinese portals — costs one native query, not a walk in
  // script over every <link>.
  const links = doc.querySelectorAll('link[rel*="canonical" i]');
  for (let i = 0; i < links.length && i < MAX_LINK_ELEMENTS; i++) {
    const link = links[i] as Element;
    if (link.getAttribute('rel')?.toLowerCase().trim() === 'canonical') return link.getAttribute('href') ?? undefined;
  }
  return undefined;
}

/**
 * The document's elements by tag, each tag queried once. querySelectorAll with one tag name is
 * Chromium's fastest whole-document query: a static list the browser fills in one native walk,
 * about 30 % cheaper than a live getElementsByTagName collection walked to its end (4.4 against
 * 6.2 µs on the median page of the bench sample, Chromium 156).
 */
function memoByTag(doc: Document): (tag: string) => ArrayLike<Element> {
  const found = new Map<string, ArrayLike<Element>>();
  return (tag) => {
    let list = found.get(tag);
    if (!list) {
      list = doc.querySelectorAll(tag);
      found.set(tag, list);
    }
    return list;
  };
}
