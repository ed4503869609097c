import type { AnalyzeResponse } from '../../shared/schema/index.ts';
import type { Locale } from './labels.ts';

/** What the sidebar shows. One render per state change; the sidebar keeps no state of its own. */
export type SidebarState =
  | { status: 'loading' }
  | { status: 'error'; code: string; message: string }
  | {
      status: 'ready';
      analysis: AnalyzeResponse;
      /** The article's address, for the Markdown export's link. */
      url?: string;
    };

/**
 * What the sidebar can ask its host to do. All optional: a missing callback hides its control, so the
 * Worker's paste page (no page to scroll, nothing to close) reuses the same renderer without browser APIs.
 */
export interface SidebarActions {
  /** An outline item was chosen: bring that block into view. */
  onOutlineClick?(blockId: string): void;
  /** A quote was chosen: `[start, end)` are offsets into the block's text. */
  onQuoteClick?(blockId: string, start: number, end: number): void;
  /** A term chip was chosen. */
  onTermClick?(term: string): void;
  onClose?(): void;
  /** Copy the given Markdown; resolve true when it reached the clipboard. */
  onCopyMarkdown?(markdown: string): Promise<boolean>;
  /** Try the analysis again after an error. */
  onRetry?(): void;
}

export interface RenderOptions {
  /** Interface language; 'en' when absent. Article text is shown as it is. */
  locale?: Locale;
}
