/**
 * One page's Article Lens as the content script carries it on every page: the launcher and the
 * sidebar's panel in a shadow root named `article-lens`, opening and closing, settings. Everything
 * the open sidebar does — extraction, the round trips through the background, rendering, highlights —
 * is the `ReaderSession` of reader-session.ts, loaded from its own file on the first open (issue 4:
 * extraction and the sidebar load only when the reader opens an article). Created per URL by the
 * content script and removed with `ctx` (extension reload or update) or on SPA navigation.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Detection } from '../../shared/schema/index.ts';
import { sendToBackground } from '../messaging.ts';
import { LABELS, type Locale } from '../sidebar/labels.ts';
import type { LauncherMode, ThemeSetting } from '../settings.ts';
import { createLauncher, setLauncherLocale } from './launcher.ts';
import { READER_FILE } from './reader-file.ts';
import type { ReaderSession } from './reader-session.ts';

/** The overlay's host element: tests and the page-DOM-unchanged check find the overlay by this name. */
export const HOST_NAME = 'article-lens';

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

/**
 * The extension API's global under its own name, which Chrome and Firefox both define in content
 * scripts. The import below names it rather than wxt/browser's `browser` because Firefox's linter
 * (addons-linter) accepts a dynamic import only of a spelled-out `chrome.runtime.getURL(…)` or
 * `browser.runtime.getURL(…)`, and the bundler renames an imported binding.
 */
declare const chrome: { runtime: { getURL(path: string): string } };

/** The reader module, loaded once per page (every overlay of the page shares it). */
let readerModule: Promise<typeof import('./reader-session.ts')> | undefined;

/**
 * Loads reader-session.ts from the extension's own files: a web-accessible module, so the content
 * script may import it (Chrome serves it to pages only under a per-session URL, so a page cannot probe
 * the extension's fixed ID with it). The module runs in the content script's isolated world, not the
 * page's, and the page's CSP does not apply to it.
 */
function loadReader(): Promise<typeof import('./reader-session.ts')> {
  readerModule ??= import(/* @vite-ignore */ chrome.runtime.getURL(`/${READER_FILE}`)).catch((error: unknown) => {
    // A failed load (the extension was updated under the page) may succeed after a reload: try again next time.
    readerModule = undefined;
    throw error;
  });
  return readerModule;
}

export class LensOverlay {
  private readonly ctx: ContentScriptContext;
  private readonly detection: Detection;
  private settings: OverlaySettings;
  private ui: ShadowRootContentScriptUi<MountedParts> | undefined;
  private session: ReaderSession | undefined;
  private isOpen = false;

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
        this.isOpen = false;
        this.session?.removed();
      },
    });
    acceptOnlyReaderInput(this.ui.shadow, (event) => this.session?.downloading === true && isDownloadLink(event.target));
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
    if (this.session) {
      this.session.opened(this.detection.isArticle);
      return;
    }
    parts.panel.setAttribute('aria-busy', 'true');
    loadReader().then(
      ({ ReaderSession }) => {
        if (this.ctx.isInvalid) return;
        this.session ??= new ReaderSession({
          mounted: () => this.ui?.mounted,
          locale: () => this.settings.locale,
          isInvalid: () => this.ctx.isInvalid,
          send: sendToBackground,
          close: () => this.close(),
        });
        // Closed (or removed) while the module loaded: it waits for the next open.
        if (this.isOpen) this.session.opened(this.detection.isArticle);
      },
      () => this.showLoadFailure(),
    );
  }

  close(): void {
    const parts = this.ui?.mounted;
    this.isOpen = false;
    this.session?.closed();
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
      parts.panel.setAttribute('aria-label', LABELS[next.locale].appName);
      this.session?.render(parts);
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
    this.session?.render(parts);
    return parts;
  }

  private applyTheme(parts: MountedParts): void {
    for (const element of [parts.launcher, parts.panel]) {
      if (this.settings.theme === 'system') element.removeAttribute('data-theme');
      else element.dataset.theme = this.settings.theme;
    }
  }

  /** The reader module could not be loaded: say so in the panel, in plain text. */
  private showLoadFailure(): void {
    const parts = this.ui?.mounted;
    if (!parts || !this.isOpen) return;
    const note = document.createElement('p');
    note.className = 'al-error';
    note.dataset.part = 'error';
    note.setAttribute('role', 'alert');
    note.textContent = LABELS[this.settings.locale].loadFailed;
    parts.panel.removeAttribute('aria-busy');
    parts.panel.replaceChildren(note);
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
