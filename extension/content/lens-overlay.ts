/**
 * One page's Article Lens: the launcher and the sidebar in a shadow root named `article-lens`, the
 * extraction's block → element map, the highlights in the page, and the round trips through the
 * background (analysis, share links). Created per URL by the content script and removed with `ctx`
 * (extension reload or update) or on SPA navigation.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { AnalyzeResponse, Detection } from '../../shared/schema/index.ts';
import { extractArticle } from '../../shared/page/extract.ts';
import { toAnalyzeRequest } from '../../shared/page/to-request.ts';
import { sendToBackground, type AnalyzeResult } from '../messaging.ts';
import { LABELS, type Locale } from '../sidebar/labels.ts';
import { acceptClicks } from '../sidebar/dom.ts';
import { renderSidebar } from '../sidebar/render.ts';
import type { ShareLinkOutcome, SidebarActions, SidebarState } from '../sidebar/types.ts';
import type { LauncherMode, ThemeSetting } from '../settings.ts';
import { copyText } from './copy-text.ts';
import { createLauncher, setLauncherLocale } from './launcher.ts';
import { downloadDataUrl } from './download-data-url.ts';
import { PageHighlights } from './page-highlights.ts';
import { scrollToBlock } from './scroll-to-block.ts';
import { scrollToRange } from './scroll-to-range.ts';
import { blockStart, indexText, rangeInBlock, termRanges, type TextIndex } from './text-ranges.ts';

/** The overlay's host element: tests and the page-DOM-unchanged check find the overlay by this name. */
export const HOST_NAME = 'article-lens';

/** How long an outline click keeps its section heading highlighted: long enough to find it, then gone. */
const SECTION_FLASH_MS = 1_600;

/**
 * Events a page script could fake to drive the sidebar's controls (share link, delete link, save image,
 * analyse anyway, retry, copy, Esc): a click, a key, a form submission.
 */
const READER_INPUT_EVENTS = ['click', 'keydown', 'submit'] as const;

export interface OverlaySettings {
  launcher: LauncherMode;
  locale: Locale;
  theme: ThemeSetting;
}

interface MountedParts {
  launcher: HTMLButtonElement;
  panel: HTMLElement;
  shadow: ShadowRoot;
}

export class LensOverlay {
  private readonly ctx: ContentScriptContext;
  private readonly detection: Detection;
  private settings: OverlaySettings;
  private ui: ShadowRootContentScriptUi<MountedParts> | undefined;
  private state: SidebarState = { status: 'loading' };
  private elements: ReadonlyMap<string, Element> = new Map();
  private blockTexts = new Map<string, string>();
  private readonly highlights = new PageHighlights(document);
  private activeTerm: string | null = null;
  private analysed = false;
  /** The reader chose "Analyse anyway" on a page detection did not judge an article. */
  private forced = false;
  private isOpen = false;
  /** Bumped on every analysis and on removal, so a late answer for an old request is dropped. */
  private generation = 0;
  /** True only while the overlay itself clicks its hidden download link (Save as image). */
  private downloading = false;

  constructor(ctx: ContentScriptContext, detection: Detection, settings: OverlaySettings) {
    this.ctx = ctx;
    this.detection = detection;
    this.settings = settings;
  }

  /** Creates the (unmounted) UI; on a detected article, shows the launcher or opens, per the setting. */
  async start(): Promise<void> {
    this.ui = await createShadowRootUi<MountedParts>(this.ctx, {
      name: HOST_NAME,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Open, so tests (and assistive tools) can reach inside.
      mode: 'open',
      // Keys typed in the sidebar must not trigger the page's own shortcuts.
      isolateEvents: true,
      onMount: (container, shadow) => this.build(container, shadow),
      onRemove: () => {
        // Drop any answer still on its way; if none had arrived, the next open asks again.
        this.generation += 1;
        this.isOpen = false;
        this.highlights.clearAll();
        this.activeTerm = null;
        if (this.state.status === 'loading') this.analysed = false;
      },
    });
    acceptOnlyReaderInput(this.ui.shadow, (event) => this.downloading && isDownloadLink(event.target));
    // And wherever a page script moves a control: its handler acts only on the reader's own click.
    acceptClicks((event) => event.isTrusted);
    if (!this.detection.isArticle || this.settings.launcher === 'never') return;
    this.ui.mount();
    // "Open automatically": the reader agreed once, on the options page, to send every article. Focus
    // stays where the page put it: nobody asked for the sidebar just now.
    if (this.settings.launcher === 'auto') this.open({ focus: false });
  }

  /** The toolbar button and the shortcut: open on any page (the reader asked), close if already open. */
  toggle(): void {
    if (this.isOpen) this.close();
    else this.open();
  }

  /** Opens the sidebar and moves focus into it (so Esc and Tab work at once), unless told not to. */
  open({ focus = true }: { focus?: boolean } = {}): void {
    if (!this.ui || this.ctx.isInvalid) return;
    if (!this.ui.mounted) this.ui.mount();
    const parts = this.ui.mounted;
    if (!parts) return;
    this.isOpen = true;
    parts.launcher.hidden = true;
    parts.panel.hidden = false;
    if (focus) parts.panel.focus({ preventScroll: true });
    if (this.analysed) return;
    // Article text leaves the page only now, after the reader asked for the sidebar; on a page that
    // does not look like an article, only after "Analyse anyway".
    if (this.detection.isArticle || this.forced) void this.analyse();
    else this.setState({ status: 'not-article' });
  }

  close(): void {
    const parts = this.ui?.mounted;
    this.isOpen = false;
    this.highlights.clearAll();
    this.activeTerm = null;
    if (!parts) return;
    parts.panel.hidden = true;
    if (this.detection.isArticle && this.settings.launcher !== 'never') {
      parts.launcher.hidden = false;
      parts.launcher.focus({ preventScroll: true });
    } else {
      // Opened from the toolbar where no launcher belongs: leave no trace.
      this.ui?.remove();
    }
  }

  remove(): void {
    this.ui?.remove();
  }

  /** A setting changed on the options page: apply it now, without reloading the page. */
  applySettings(next: Partial<OverlaySettings>): void {
    const previous = this.settings;
    this.settings = { ...previous, ...next };
    const parts = this.ui?.mounted;
    if (next.launcher !== undefined && next.launcher !== previous.launcher && this.detection.isArticle && !this.isOpen) {
      if (next.launcher === 'never') this.ui?.remove();
      else if (!parts) this.ui?.mount();
      else parts.launcher.hidden = false;
    }
    if (!parts) return;
    if (next.theme !== undefined) this.applyTheme(parts);
    if (next.locale !== undefined && next.locale !== previous.locale) {
      setLauncherLocale(parts.launcher, next.locale);
      this.render(parts);
    }
  }

  private build(container: HTMLElement, shadow: ShadowRoot): MountedParts {
    const launcher = createLauncher(this.settings.locale, () => this.open());
    const panel = document.createElement('aside');
    panel.className = 'al-sidebar al-overlay';
    panel.setAttribute('aria-label', LABELS[this.settings.locale].appName);
    panel.tabIndex = -1;
    panel.hidden = true;
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.close();
      }
    });
    container.append(launcher, panel);
    const parts = { launcher, panel, shadow };
    this.applyTheme(parts);
    this.render(parts);
    return parts;
  }

  private applyTheme(parts: MountedParts): void {
    for (const element of [parts.launcher, parts.panel]) {
      if (this.settings.theme === 'system') element.removeAttribute('data-theme');
      else element.dataset.theme = this.settings.theme;
    }
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
      result = await sendToBackground('analyze', { request: toAnalyzeRequest(extraction) });
    } catch (error) {
      // Extraction is built never to throw; a throw here is the extension being reloaded or a bug.
      result = {
        ok: false,
        error: { code: 'internal', message: `Article Lens could not read this page: ${error instanceof Error ? error.message : String(error)}` },
      };
    }
    if (generation !== this.generation || this.ctx.isInvalid) return;
    if (!result) {
      this.analysed = false;
      this.setState({ status: 'error', code: 'internal', message: 'The extension’s background did not answer. Reload the page and try again.' });
    } else if (result.ok) {
      this.setState({ status: 'ready', analysis: result.analysis, url: location.href, ...(result.local ? { local: result.local } : {}) });
    } else {
      this.analysed = false;
      this.setState({ status: 'error', code: result.error.code, message: result.error.message });
    }
  }

  private setState(state: SidebarState): void {
    this.state = state;
    const parts = this.ui?.mounted;
    if (!parts) return;
    // Re-rendering replaces the focused control (say, Retry); keep focus in the panel so Esc still works.
    const hadFocus = parts.panel.contains(parts.shadow.activeElement);
    this.render(parts);
    if (hadFocus && !parts.panel.contains(parts.shadow.activeElement)) parts.panel.focus({ preventScroll: true });
  }

  private render(parts: MountedParts): void {
    const analysis = this.state.status === 'ready' ? this.state.analysis : null;
    const actions: SidebarActions = {
      onOutlineClick: (blockId) => this.showSection(blockId),
      onQuoteClick: (blockId, start, end) => this.showQuote(blockId, start, end),
      onTermClick: (term) => this.toggleTerm(term),
      onClose: () => this.close(),
      onCopyMarkdown: (markdown) => copyText(markdown, parts.shadow),
      onCopyLink: (url) => copyText(url, parts.shadow),
      onRetry: () => void this.analyse(),
      onAnalyseAnyway: () => {
        this.forced = true;
        void this.analyse();
      },
      ...(analysis && {
        onCreateShareLink: () => this.createShareLink(analysis),
        onDeleteShareLink: async (id: string) => (await sendToBackground('delete-share', { id })) === true,
        onSaveImage: () => this.saveImage(analysis, parts.shadow),
      }),
    };
    parts.panel.setAttribute('aria-label', LABELS[this.settings.locale].appName);
    renderSidebar(parts.panel, this.state, actions, { locale: this.settings.locale, activeTerm: this.activeTerm });
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
      const outcome = await sendToBackground('create-share', { url: location.href, analysis });
      return outcome ?? { ok: false, code: 'internal', message: 'The extension’s background did not answer. Reload the page and try again.' };
    } catch (error) {
      return { ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) };
    }
  }

  private async saveImage(analysis: AnalyzeResponse, shadow: ShadowRoot): Promise<boolean> {
    try {
      const card = await sendToBackground('draw-outline-card', { analysis, url: location.href, locale: this.settings.locale });
      if (card?.ok !== true) return false;
      // downloadDataUrl clicks a hidden <a download> in the shadow root: a click the browser does not mark trusted.
      this.downloading = true;
      try {
        return downloadDataUrl(card.dataUrl, card.fileName, shadow);
      } finally {
        this.downloading = false;
      }
    } catch {
      return false;
    }
  }
}

/**
 * Only the reader drives the sidebar. The shadow root is open (tests and assistive tools reach inside),
 * so a page script can find any control and call `.click()`, or dispatch a keydown or a submit; each
 * control would then act — create a share link, run "Analyse anyway" — and send the article to the
 * Worker without the reader asking (issue 6: nothing from the page is trusted). The browser marks the
 * reader's own input `isTrusted` (a mouse, a tap, Enter or Space on a focused button, assistive tools);
 * this capture listener on the shadow root runs before any control's own listener and stops every event
 * that is not, except the overlay's own download click (`ownEvent`). One place, so every control —
 * including ones added later — is covered, and the sidebar renderer the Worker's paste page shares
 * stays unaware of it.
 */
function acceptOnlyReaderInput(shadow: ShadowRoot, ownEvent: (event: Event) => boolean): void {
  for (const type of READER_INPUT_EVENTS) {
    shadow.addEventListener(
      type,
      (event) => {
        if (event.isTrusted || ownEvent(event)) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      { capture: true },
    );
  }
}

/** The hidden `<a download>` that downloadDataUrl clicks. */
function isDownloadLink(target: EventTarget | null): boolean {
  return target instanceof HTMLAnchorElement && target.hasAttribute('download');
}

/** Identity of a place in the page: the start node (by object identity) and offset. */
const placeIds = new WeakMap<Node, number>();
let nextPlaceId = 0;
function rangeKey(range: Range): string {
  let id = placeIds.get(range.startContainer);
  if (id === undefined) placeIds.set(range.startContainer, (id = nextPlaceId++));
  return `${id}:${range.startOffset}`;
}
