import type { BlockKind } from '../../schema/index.ts';
import { collapseSpace, readingLength } from '../text/reading-length.ts';
import { cleanMetaLine, isBoilerplateLine, isCaptionLine, isMetaLine } from './classify-line.ts';
import { HEADING_CLASS, STATEMENT_END } from './furniture-markers.ts';

/** A block before it gets its id: `source` is the element in the walked tree it came from. */
export interface RawBlock {
  kind: BlockKind;
  level?: number;
  text: string;
  emphasis?: boolean;
  source: Element;
  /** A heading that is (mostly) a link: kept only when prose follows it (see dropLinkLists). */
  linked?: boolean;
}

/** Element → the element of the live page to read presentation (style, align) from. */
export type LiveResolver = (element: Element) => Element | undefined;

/** Tags that end a run of inline text. */
const BLOCK_LEVEL = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'SUMMARY',
]);
/** Never text a reader reads as article prose. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'NAV', 'FORM', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'CANVAS', 'HEAD']);
/** Block elements that, inside an inline wrapper, make us descend instead of treating it as text. */
const NESTED_BLOCK_SELECTOR = 'p, div, li, table, h1, h2, h3, h4, h5, h6, blockquote, ul, ol, section, article, figure';
/** Standalone lines longer than this (reading length; ≈ 40 汉字 or 120 Latin characters) are not headings. */
const MAX_EMPHASIS_LENGTH = 120;
/** A unit whose text is at least this share link text is navigation or a "related" list. */
const MAX_LINK_SHARE = 0.5;
/** Centring is looked for on the unit's element and this many ancestors. */
const CENTRE_ANCESTORS = 2;
/**
 * A <pre> is a program listing when it holds <code> or says so in its class (highlighters and CMSs
 * mark them: language-js, hljs, highlight, sourceCode…). Other <pre>s — a poem, a table typed in
 * spaces, a whole article on an old site — stay prose.
 */
const CODE_CLASS = /\b(?:code|highlight|hljs|prism|language-|lang-|sourcecode|prettyprint|syntax|brush|mermaid)/i;
/** A line that opens like a program: a shebang, an import, a definition, a shell prompt. */
const CODE_LINE = /^\s*(?:#!\/|#include\b|import\s|from\s+\S+\s+import\b|def\s|function\s|class\s|const\s|let\s|var\s|package\s|public\s|<\?php|\$\s)/mu;
/** style="… text-align: center …" */
const CENTRED_STYLE = /text-align\s*:\s*center/i;

/**
 * Walks `root` in document order and returns its block-level units: h1–h6 → heading (with level),
 * p/div text runs → paragraph, blockquote → quote, li → list-item, figcaption → caption; short lines
 * that are wholly bold or centred → paragraph with emphasis; info lines → meta. Boilerplate and
 * link-dominated lines are dropped.
 */
export function collectBlocks(root: Element, liveOf: LiveResolver): RawBlock[] {
  const out: RawBlock[] = [];
  visit(root, out, liveOf, undefined);
  return keepLinkedHeadingsBeforeProse(out);
}

/** Prose after a linked heading that makes it a section title ("“Rez Infinite” ($30)" + a review paragraph). */
const MIN_PROSE_AFTER_LINKED_HEADING = 80;

/**
 * A heading that is a link is a section title when prose follows it (a product or place named by a
 * link, then its paragraph); a run of linked headings with nothing between them is a "related" list.
 */
function keepLinkedHeadingsBeforeProse(blocks: RawBlock[]): RawBlock[] {
  return blocks.flatMap((block, index) => {
    if (!block.linked) return [block];
    const next = blocks[index + 1];
    if (!next || next.kind === 'heading' || next.kind === 'meta' || readingLength(next.text) < MIN_PROSE_AFTER_LINKED_HEADING) return [];
    const { linked: _linked, ...kept } = block;
    return [kept];
  });
}

/**
 * A list item that titles something with a heading but holds no prose of its own (the heading, a date,
 * a comment count): a card of a "related" or "most read" list. A list item with a heading and its
 * paragraph (a listicle's entry) has prose and is kept.
 */
function isTeaserCard(item: Element): boolean {
  const heading = item.querySelector('h1, h2, h3, h4, h5, h6');
  if (!heading) return false;
  const prose = readingLength(collapseSpace(item.textContent ?? '')) - readingLength(collapseSpace(heading.textContent ?? ''));
  return prose < MIN_PROSE_AFTER_LINKED_HEADING;
}

type Context = 'quote' | 'caption' | undefined;

function visit(element: Element, out: RawBlock[], liveOf: LiveResolver, context: Context): void {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED.has(tag) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
  if (/^H[1-6]$/.test(tag)) {
    const text = collapseSpace(element.textContent ?? '');
    if (text && !isBoilerplateLine(text)) {
      const block: RawBlock = { kind: 'heading', level: Number(tag.slice(1)), text, source: element };
      if (linkShare(element, text) >= MAX_LINK_SHARE) block.linked = true;
      out.push(block);
    }
    return;
  }
  if (tag === 'PRE' && isProgramListing(element)) {
    const text = collapseSpace(element.textContent ?? '');
    if (text) out.push({ kind: 'code', text, source: element });
    return;
  }
  if (tag === 'LI') {
    if (isTeaserCard(element)) return;
    // Own text of the item (nested lists become their own items).
    collectRuns(element, out, liveOf, 'list-item');
    return;
  }
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') {
    collectRuns(element, out, liveOf, 'caption');
    return;
  }
  if (tag === 'BLOCKQUOTE') {
    collectRuns(element, out, liveOf, 'quote');
    return;
  }
  collectRuns(element, out, liveOf, context === 'quote' ? 'quote' : context === 'caption' ? 'caption' : 'paragraph');
}

/**
 * Splits an element's content into runs of inline content separated by block children or <br>s;
 * each non-empty run becomes one unit, block children are visited recursively.
 */
function collectRuns(element: Element, out: RawBlock[], liveOf: LiveResolver, kind: BlockKind): void {
  let run: Node[] = [];
  const flush = () => {
    if (run.length > 0) emitRun(element, run, out, liveOf, kind);
    run = [];
  };
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 1) {
      const childTag = (child as Element).tagName.toUpperCase();
      if (childTag === 'BR') {
        flush();
        continue;
      }
      if (BLOCK_LEVEL.has(childTag) || SKIPPED.has(childTag) || containsBlock(child as Element)) {
        flush();
        const nested: Context = kind === 'quote' ? 'quote' : kind === 'caption' ? 'caption' : undefined;
        visit(child as Element, out, liveOf, nested);
        continue;
      }
    }
    if (child.nodeType === 1 || child.nodeType === 3) run.push(child);
  }
  flush();
}

function isProgramListing(pre: Element): boolean {
  if (pre.getElementsByTagName('code').length > 0) return true;
  if (CODE_CLASS.test(`${pre.getAttribute('class') ?? ''} ${pre.parentElement?.getAttribute('class') ?? ''}`)) return true;
  // An unmarked <pre>: its first lines say whether it is a program (a bounded look, not the whole listing).
  return CODE_LINE.test((pre.textContent ?? '').slice(0, 400));
}

/** True when an inline element wraps block content (<a><div>…</div></a>, <span><p>…</p></span>). */
function containsBlock(element: Element): boolean {
  return element.querySelector(NESTED_BLOCK_SELECTOR) !== null;
}

function emitRun(container: Element, run: Node[], out: RawBlock[], liveOf: LiveResolver, kind: BlockKind): void {
  const raw = run.map((node) => node.textContent ?? '').join('');
  const text = collapseSpace(raw);
  if (!text || !/[\p{L}\p{N}]/u.test(text)) return;
  const length = readingLength(text);
  const linkText = run.reduce((sum, node) => sum + linkTextOf(node), 0);
  if (isBoilerplateLine(text)) return;
  if (isMetaLine(text)) {
    out.push({ kind: 'meta', text: cleanMetaLine(text), source: container });
    return;
  }
  // Lines that are mostly links are menus, tag lists, "related" items and previous/next links.
  if (linkText / Math.max(readingLength(raw), 1) >= MAX_LINK_SHARE) return;
  if (kind === 'paragraph' && isCaptionLine(text)) {
    out.push({ kind: 'caption', text, source: container });
    return;
  }
  const bold = kind === 'paragraph' && length <= MAX_EMPHASIS_LENGTH && (isWhollyBold(run, text) || hasHeadingClass(run, container));
  // A short line right under a picture is its caption (centred or plain; a bold line there is a heading).
  if (kind === 'paragraph' && !bold && length <= MAX_CAPTION_LENGTH && followsPicture(run, container, liveOf)) {
    out.push({ kind: 'caption', text, source: container });
    return;
  }
  const block: RawBlock = { kind, text, source: container };
  if (kind === 'paragraph' && length <= MAX_EMPHASIS_LENGTH && !STATEMENT_END.test(text) && (bold || isCentred(container, liveOf))) {
    block.emphasis = true;
  }
  out.push(block);
}

function linkTextOf(node: Node): number {
  if (node.nodeType !== 1) return 0;
  const element = node as Element;
  if (element.tagName.toUpperCase() === 'A') return readingLength(element.textContent ?? '');
  let sum = 0;
  for (const anchor of Array.from(element.getElementsByTagName('a'))) sum += readingLength(anchor.textContent ?? '');
  return sum;
}

function linkShare(element: Element, text: string): number {
  return linkTextOf(element) / Math.max(readingLength(text), 1);
}

/** The run's visible text all sits inside <strong>/<b> (ignoring whitespace and punctuation around it). */
function isWhollyBold(run: Node[], text: string): boolean {
  let bold = '';
  for (const node of run) {
    if (node.nodeType !== 1) {
      if (collapseSpace(node.textContent ?? '')) return false;
      continue;
    }
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (tag === 'STRONG' || tag === 'B') bold += element.textContent ?? '';
    else {
      const inner = Array.from(element.querySelectorAll('strong, b'))
        .map((b) => b.textContent ?? '')
        .join('');
      if (collapseSpace(inner) !== collapseSpace(element.textContent ?? '')) return false;
      bold += inner;
    }
  }
  return collapseSpace(bold).replace(/\s/g, '') === text.replace(/\s/g, '');
}

/** Longest line (reading length; ≈ 25 汉字 or 75 Latin characters) read as a caption for sitting under a picture. */
const MAX_CAPTION_LENGTH = 75;

/** The run is wholly inside an element whose class names it a sub-heading (<span class="bjh-h3">). */
function hasHeadingClass(run: Node[], container: Element): boolean {
  const elements = run.filter((node) => node.nodeType === 1 || collapseSpace(node.textContent ?? '') !== '');
  const only = elements.length === 1 && elements[0]?.nodeType === 1 ? (elements[0] as Element) : undefined;
  for (const element of [only, container]) {
    if (element && HEADING_CLASS.test(element.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** An element that shows a picture and no text (<p><img></p>, <figure><img></figure>, <div><span><img>…). */
function isPictureOnly(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'IMG' || tag === 'PICTURE') return true;
  return element.querySelector('img, picture') !== null && collapseSpace(element.textContent ?? '') === '';
}

/**
 * The line comes right after a picture on the live page: an image earlier in its own run, or the
 * previous non-empty sibling of its container (or of the container's parent, for <p><span>text</span></p>).
 */
function followsPicture(run: Node[], container: Element, liveOf: LiveResolver): boolean {
  if (run.some((node) => node.nodeType === 1 && isPictureOnly(node as Element))) return true;
  let element: Element | null | undefined = liveOf(container);
  for (let depth = 0; element && depth < 2; depth++, element = element.parentElement) {
    let previous = element.previousElementSibling;
    // Skip spacer paragraphs (<p>&nbsp;</p>) between the picture and its caption.
    while (previous && collapseSpace(previous.textContent ?? '') === '' && !isPictureOnly(previous)) previous = previous.previousElementSibling;
    if (previous) return isPictureOnly(previous);
  }
  return false;
}

/** The unit is centred on the live page: <center>, align=center or text-align:center on it or a near ancestor. */
function isCentred(container: Element, liveOf: LiveResolver): boolean {
  let live: Element | null | undefined = liveOf(container);
  for (let depth = 0; live && depth <= CENTRE_ANCESTORS; depth++, live = live.parentElement) {
    if (live.tagName.toUpperCase() === 'CENTER') return true;
    if ((live.getAttribute('align') ?? '').toLowerCase() === 'center') return true;
    if (CENTRED_STYLE.test(live.getAttribute('style') ?? '')) return true;
  }
  return false;
}
