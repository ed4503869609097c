/**
 * The part of Article Lens that runs only once the reader opens the sidebar: extraction (Readability),
 * the round trips through the background, the sidebar's rendering and the highlights in the page.
 * The content script on every page carries only detection and the launcher; it loads this module, built
 * as its own file (`content-scripts/reader.js`, see wxt.config.ts), on the first open. Extension APIs
 * reach it through `ReaderHost`, so this module imports none.
 */
import type { AnalyzeResponse } from '../../shared/schema/index.ts';
import { extractArticle } from '../../shared/page/extract.ts';
import { toAnalyzeRequest } from '../../shared/page/to-request.ts';
import type { AnalyzeResult, sendToBackground } from '../messaging.ts';
import { acceptClicks } from '../sidebar/dom.ts';
import type { Locale } from '../sidebar/labels.ts';
import { renderSidebar } from '../sidebar/render.ts';
import type { ShareLinkOutcome, SidebarActions, SidebarState } from '../sidebar/types.ts';
import { copyText } from './copy-text.ts';
import { downloadDataUrl } from './download-data-url.ts';
import { PageHighlights } from './page-highlights.ts';
import { scrollToBlock } from './scroll-to-block.ts';
import { scrollToRange } from './scroll-to-range.ts';
import { blockStart, indexText, rangeInBlock, termRanges, type TextIndex } from './text-ranges.ts';

/** How long an outline click keeps its section heading highlighted: long enough to find it, then gone. */
const SECTION_FLASH_MS = 1_600;

/** Said when the background gives no answer at all (the extension was reloaded under the page). */
const NO_ANSWER = 'The extension’s background did not answer. Reload the page and try again.';

// The shadow root is open: a page script could move a control out of it (past the overlay's capture
// listener on the shadow root) and `.click()` it. Every sidebar control acts only on the reader's own
// click; this bundle's copy of the renderer is the one the overlay uses, so it is set here, once.
acceptClicks((event) => event.isTrusted);

/** The sidebar's place in the page and the extension around it, as the content script provides them. */
export interface ReaderHost {
  /** The mounted panel and its shadow root, or undefined while the overlay is not in the page. */
  mounted(): { panel: HTMLElement; shadow: ShadowRoot } | undefined;
  locale(): Locale;
  /** True once the extension was reloaded or updated under the page: answers are dropped. */
  isInvalid(): boolean;
  send: typeof sendToBackground;
  close(): void;
}

/** One page's analysis, sidebar state and highlights, for as long as the overlay lives. */
export class ReaderSession {
  private readonly host: ReaderHost;
  private state: SidebarState = { status: 'loading' };
  private elements: ReadonlyMap<string, Element> = new Map();
  private blockTexts = new Map<string, string>();
  private readonly highlights = new PageHighlights(document);
  private activeTerm: string | null = null;
  private analysed = false;
  /** The reader chose "Analyse anyway" on a page detection did not judge an article. */
  private forced = false;
  /** Bumped on every analysis and on removal, so a late answer for an old request is dropped. */
  private generation = 0;
  /** True only while the session itself clicks its hidden download link (Save as image). */
  private downloadingNow = false;

  constructor(host: ReaderHost) {
    this.host = host;
  }

  get downloading(): boolean {
    return this.downloadingNow;
  }

  /**
   * The sidebar was opened. Article text leaves the page only now, after the reader asked; on a page
   * that does not look like an article, only after "Analyse anyway".
   */
  opened(isArticle: boolean): void {
    if (this.analysed) return;
    if (isArticle || this.forced) void this.analyse();
    else this.setState({ status: 'not-article' });
  }

  /** The sidebar was closed: nothing stays highlighted in the page. */
  closed(): void {
    this.highlights.clearAll();
    this.activeTerm = null;
  }

  /** The overlay left the page: drop any answer still on its way; if none had arrived, ask again next time. */
  removed(): void {
    this.generation += 1;
    this.closed();
    if (this.state.status === 'loading') this.analysed = false;
  }

  /**
   * Draws the current state into the panel: the mounted one, or `parts` while the overlay is being
   * mounted (and after a language change).
   */
  render(parts = this.host.mounted()): void {
    if (!parts) return;
    const analysis = this.state.status === 'ready' ? this.state.analysis : null;
    const actions: SidebarActions = {
      onOutlineClick: (blockId) => this.showSection(blockId),
      onQuoteClick: (blockId, start, end) => this.showQuote(blockId, start, end),
      onTermClick: (term) => this.toggleTerm(term),
      onClose: () => this.host.close(),
      onCopyMarkdown: (markdown) => copyText(markdown, parts.shadow),
      onCopyLink: (url) => copyText(url, parts.shadow),
      onRetry: () => void this.analyse(),
      onAnalyseAnyway: () => {
        this.forced = true;
        void this.analyse();
      },
      ...(analysis && {
        onCreateShareLink: () => this.createShareLink(analysis),
        onDeleteShareLink: async (id: string) => (await this.host.send('delete-share', { id })) === true,
        onSaveImage: () => this.saveImage(analysis, parts.shadow),
      }),
    };
    renderSidebar(parts.panel, this.state, actions, { locale: this.host.locale(), activeTerm: this.activeTerm });
  }

  private async analyse(): Promise<void> {
    const generation = ++this.generation;
    this.analysed = true;
    this.setState({ status: 'loading', step: 'reading' });
    // Let the first step paint before extraction takes the main thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (generation !== this.generation) return;
    let result: AnalyzeResult | undefined;
    try {
      const extraction = extractArticle(document, location.href);
      this.elements = extraction.elements;
      this.blockTexts = new Map(extraction.blocks.map((block) => [block.id, block.text]));
      this.setState({ status: 'loading', step: 'analysing' });
      result = await this.host.send('analyze', { request: toAnalyzeRequest(extraction) });
    } catch (error) {
      // Extraction is built never to throw; a throw here is the extension being reloaded or a bug.
      result = {
        ok: false,
        error: { code: 'internal', message: `Article Lens could not read this page: ${error instanceof Error ? error.message : String(error)}` },
      };
    }
    if (generation !== this.generation || this.host.isInvalid()) return;
    if (!result) {
      this.analysed = false;
      this.setState({ status: 'error', code: 'internal', message: NO_ANSWER });
    } else if (result.ok) {
      this.setState({ status: 'ready', analysis: result.analysis, url: location.href, ...(result.local ? { local: result.local } : {}) });
    } else {
      this.analysed = false;
      this.setState({ status: 'error', code: result.error.code, message: result.error.message });
    }
  }

  private setState(state: SidebarState): void {
    this.state = state;
    const parts = this.host.mounted();
    if (!parts) return;
    // Re-rendering replaces the focused control (say, Retry); keep focus in the panel so Esc still works.
    const hadFocus = parts.panel.contains(parts.shadow.activeElement);
    this.render();
    if (hadFocus && !parts.panel.contains(parts.shadow.activeElement)) parts.panel.focus({ preventScroll: true });
  }

  /** Outline click: scroll to the section and flash its heading, so the eye finds where it landed. */
  private showSection(blockId: string): void {
    if (!scrollToBlock(this.elements, blockId, 'start')) return;
    const range = this.blockRange(blockId);
    this.highlights.flash('section', range ? [range] : [], SECTION_FLASH_MS);
  }

  /** Quote click: scroll to exactly the quoted words and highlight them until another quote or close. */
  private showQuote(blockId: string, start: number, end: number): void {
    const element = this.elements.get(blockId);
    const text = this.blockTexts.get(blockId);
    if (!element?.isConnected || text === undefined) return;
    const range = rangeInBlock(element, text, start, end);
    if (!range) {
      scrollToBlock(this.elements, blockId, 'center');
      return;
    }
    scrollToRange(range, element);
    this.highlights.set('quote', [range]);
  }

  /** Term click: highlight every occurrence in the article's blocks; the same term again turns it off. */
  private toggleTerm(term: string): boolean {
    if (this.activeTerm === term) {
      this.activeTerm = null;
      this.highlights.clear('term');
      return false;
    }
    this.activeTerm = term;
    const indexes = new Map<Element, TextIndex>();
    const seen = new Set<string>();
    const ranges: Range[] = [];
    for (const [blockId, text] of this.blockTexts) {
      const element = this.elements.get(blockId);
      if (!element?.isConnected) continue;
      let index = indexes.get(element);
      if (!index) indexes.set(element, (index = indexText(element)));
      const at = blockStart(index, text);
      if (at < 0) continue;
      for (const range of termRanges(index, term, at, at + text.length)) {
        // Runs of one element are searched in one index; count each place in the page once anyway.
        const place = rangeKey(range);
        if (seen.has(place)) continue;
        seen.add(place);
        ranges.push(range);
      }
    }
    this.highlights.set('term', ranges);
    return true;
  }

  /** The whole text of a block as a Range in the page, or null when it cannot be found any more. */
  private blockRange(blockId: string): Range | null {
    const element = this.elements.get(blockId);
    const text = this.blockTexts.get(blockId);
    if (!element?.isConnected || !text) return null;
    return rangeInBlock(element, text, 0, text.length);
  }

  private async createShareLink(analysis: AnalyzeResponse): Promise<ShareLinkOutcome> {
    try {
      const outcome = await this.host.send('create-share', { url: location.href, analysis });
      return outcome ?? { ok: false, code: 'internal', message: NO_ANSWER };
    } catch (error) {
      return { ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) };
    }
  }

  private async saveImage(analysis: AnalyzeResponse, shadow: ShadowRoot): Promise<boolean> {
    try {
      const card = await this.host.send('draw-outline-card', { analysis, url: location.href, locale: this.host.locale() });
      if (card?.ok !== true) return false;
      // downloadDataUrl clicks a hidden <a download> in the shadow root: a click the browser does not mark trusted.
      this.downloadingNow = true;
      try {
        return downloadDataUrl(card.dataUrl, card.fileName, shadow);
      } finally {
        this.downloadingNow = false;
      }
    } catch {
      return false;
    }
  }
}

/** Identity of a place in the page: the start node (by object identity) and offset. */
const placeIds = new WeakMap<Node, number>();
let nextPlaceId = 0;
function rangeKey(range: Range): string {
  let id = placeIds.get(range.startContainer);
  if (id === undefined) placeIds.set(range.startContainer, (id = nextPlaceId++));
  return `${id}:${range.startOffset}`;
}
