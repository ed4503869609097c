import type { AnalyzeResponse } from '../../shared/schema/index.ts';
import type { Locale } from './labels.ts';

/** Steps of the loading state, in order: reading the page, then waiting for the analysis. */
export const LOADING_STEPS = ['reading', 'analysing'] as const;
export type LoadingStep = (typeof LOADING_STEPS)[number];

/** What the sidebar shows. One render per state change; the sidebar keeps no state of its own. */
export type SidebarState =
  | { status: 'loading'; step?: LoadingStep }
  /** Opened (toolbar, shortcut, menu) on a page detection did not judge an article: nothing sent yet. */
  | { status: 'not-article' }
  | { status: 'error'; code: string; message: string }
  | {
      status: 'ready';
      analysis: AnalyzeResponse;
      /** The article's address, for the Markdown export's link. */
      url?: string;
      /** Set when the analysis ran on this device because the Worker failed; `reason` says how. */
      local?: { code: string; message: string };
    };

/** The answer to "make a share link". `code` is the Worker's error code (`unavailable` when KV failed). */
export type ShareLinkOutcome =
  | { ok: true; id: string; url: string; expiresAt: string }
  | { ok: false; code: string; message: string };

/**
 * What the sidebar can ask its host to do. All optional: a missing callback hides its control, so the
 * Worker's paste page (no page to scroll, nothing to close) reuses the same renderer without browser APIs.
 */
export interface SidebarActions {
  /** An outline item was chosen: bring that block into view. */
  onOutlineClick?(blockId: string): void;
  /** A quote was chosen: `[start, end)` are offsets into the block's text. */
  onQuoteClick?(blockId: string, start: number, end: number): void;
  /** A term chip was chosen; returns whether the term is now highlighted (a second click turns it off). */
  onTermClick?(term: string): boolean | void;
  onClose?(): void;
  /** Copy the given Markdown; resolve true when it reached the clipboard. */
  onCopyMarkdown?(markdown: string): Promise<boolean>;
  /** Copy a share link; resolve true when it reached the clipboard. */
  onCopyLink?(url: string): Promise<boolean>;
  /** Store the analysis on the Worker and answer with its share link. */
  onCreateShareLink?(): Promise<ShareLinkOutcome>;
  /** Delete a share link made before; resolve true when it is gone. */
  onDeleteShareLink?(id: string): Promise<boolean>;
  /** Draw the outline as a PNG card and download it; resolve true when the download started. */
  onSaveImage?(): Promise<boolean>;
  /** Try the analysis again after an error. */
  onRetry?(): void;
  /** Analyse a page that detection did not judge an article, because the reader asked. */
  onAnalyseAnyway?(): void;
}

export interface RenderOptions {
  /** Interface language; 'en' when absent. Article text is shown as it is. */
  locale?: Locale;
  /** The term highlighted in the page now, shown pressed. */
  activeTerm?: string | null;
}
