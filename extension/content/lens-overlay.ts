/**
 * One page's Article Lens: the launcher and the sidebar in a shadow root named `article-lens`, the
 * extraction's block → element map, and the analysis round trip through the background. Created per
 * URL by the content script and removed with `ctx` (extension reload or update) or on SPA navigation.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Detection } from '../../shared/schema/index.ts';
import { extractArticle } from '../../shared/page/extract.ts';
import { toAnalyzeRequest } from '../../shared/page/to-request.ts';
import { sendToBackground } from '../messaging.ts';
import { localeFor, type Locale } from '../sidebar/labels.ts';
import { renderSidebar } from '../sidebar/render.ts';
import type { SidebarActions, SidebarState } from '../sidebar/types.ts';
import { copyText } from './copy-text.ts';
import { createLauncher } from './launcher.ts';
import { scrollToBlock } from './scroll-to-block.ts';

/** The overlay's host element: tests and the page-DOM-unchanged check find the overlay by this name. */
export const HOST_NAME = 'article-lens';

interface MountedParts {
  launcher: HTMLButtonElement;
  panel: HTMLElement;
  shadow: ShadowRoot;
}

export class LensOverlay {
  private readonly ctx: ContentScriptContext;
  private readonly detection: Detection;
  private readonly locale: Locale = localeFor(navigator.language);
  private ui: ShadowRootContentScriptUi<MountedParts> | undefined;
  private state: SidebarState = { status: 'loading' };
  private elements: ReadonlyMap<string, Element> = new Map();
  private analysed = false;
  private isOpen = false;
  /** Bumped on every analysis and on removal, so a late answer for an old request is dropped. */
  private generation = 0;

  constructor(ctx: ContentScriptContext, detection: Detection) {
    this.ctx = ctx;
    this.detection = detection;
  }

  /** Creates the (unmounted) UI; on a detected article, mounts it to show the launcher. */
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
        if (this.state.status === 'loading') this.analysed = false;
      },
    });
    if (this.detection.isArticle) this.ui.mount();
  }

  /** The toolbar button: open on any page (the reader asked), close if already open. */
  toggle(): void {
    if (this.isOpen) this.close();
    else this.open();
  }

  open(): void {
    if (!this.ui || this.ctx.isInvalid) return;
    if (!this.ui.mounted) this.ui.mount();
    const parts = this.ui.mounted;
    if (!parts) return;
    this.isOpen = true;
    parts.launcher.hidden = true;
    parts.panel.hidden = false;
    parts.panel.focus({ preventScroll: true });
    // Article text leaves the page only now, after the reader asked for the sidebar.
    if (!this.analysed) void this.analyse();
  }

  close(): void {
    const parts = this.ui?.mounted;
    this.isOpen = false;
    if (!parts) return;
    parts.panel.hidden = true;
    if (this.detection.isArticle) {
      parts.launcher.hidden = false;
      parts.launcher.focus({ preventScroll: true });
    } else {
      // Opened from the toolbar on a page we did not judge an article: leave no trace.
      this.ui?.remove();
    }
  }

  remove(): void {
    this.ui?.remove();
  }

  private build(container: HTMLElement, shadow: ShadowRoot): MountedParts {
    const launcher = createLauncher(this.locale, () => this.open());
    const panel = document.createElement('aside');
    panel.className = 'al-sidebar al-overlay';
    panel.setAttribute('aria-label', 'Article Lens');
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
    this.render(parts);
    return parts;
  }

  private async analyse(): Promise<void> {
    const generation = ++this.generation;
    this.analysed = true;
    this.setState({ status: 'loading' });
    let result;
    try {
      const extraction = extractArticle(document, location.href);
      this.elements = extraction.elements;
      result = await sendToBackground('analyze', { request: toAnalyzeRequest(extraction) });
    } catch (error) {
      // Extraction is built never to throw; a throw here is the extension being reloaded or a bug.
      result = {
        ok: false as const,
        error: { code: 'internal', message: `Article Lens could not read this page: ${error instanceof Error ? error.message : String(error)}` },
      };
    }
    if (generation !== this.generation || this.ctx.isInvalid) return;
    if (!result) {
      this.analysed = false;
      this.setState({ status: 'error', code: 'internal', message: 'The extension’s background did not answer. Reload the page and try again.' });
    } else if (result.ok) {
      this.setState({ status: 'ready', analysis: result.analysis, url: location.href });
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
    const actions: SidebarActions = {
      onOutlineClick: (blockId) => scrollToBlock(this.elements, blockId, 'start'),
      onQuoteClick: (blockId) => scrollToBlock(this.elements, blockId, 'center'),
      onClose: () => this.close(),
      onCopyMarkdown: (markdown) => copyText(markdown, parts.shadow),
      onRetry: () => void this.analyse(),
    };
    renderSidebar(parts.panel, this.state, actions, { locale: this.locale });
  }
}
