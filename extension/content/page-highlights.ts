/**
 * Highlights in the host page with the CSS Custom Highlight API: ranges are registered by name in
 * `CSS.highlights` and painted by `::highlight(name)` rules, so the page's DOM is never touched (no
 * <mark> wrappers to break its scripts or our own offsets). The rules live in one constructed
 * stylesheet adopted by the page's document; it holds nothing but `::highlight` rules, so it cannot
 * restyle anything else, and `clearAll` takes it out again when the sidebar closes.
 *
 * Browsers without the API (Firefox before 140) simply get no highlight; scrolling still works.
 */

/** The kinds of highlight, each with its own name in the page's highlight registry. */
export const HIGHLIGHT_NAMES = {
  quote: 'article-lens-quote',
  term: 'article-lens-term',
  section: 'article-lens-section',
} as const;
export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;

/**
 * Colours chosen to read on light and dark pages alike (dark text on a light marker), the way a
 * highlighter pen looks on paper; the quote is the strongest, a section flash the palest.
 */
const HIGHLIGHT_RULES = `
::highlight(${HIGHLIGHT_NAMES.quote}) { background-color: #ffd43b; color: #111; }
::highlight(${HIGHLIGHT_NAMES.term}) { background-color: #a5d8ff; color: #111; }
::highlight(${HIGHLIGHT_NAMES.section}) { background-color: #ffec99; color: #111; }
`;

export class PageHighlights {
  private readonly doc: Document;
  private sheet: CSSStyleSheet | null = null;
  private readonly timers = new Map<HighlightKind, number>();

  constructor(doc: Document) {
    this.doc = doc;
  }

  /** Whether this browser can paint highlights at all. */
  get supported(): boolean {
    return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
  }

  /** Shows `ranges` as the one highlight of this kind (replacing the previous one); none clears it. */
  set(kind: HighlightKind, ranges: Range[]): void {
    if (!this.supported) return;
    this.cancelTimer(kind);
    if (ranges.length === 0) {
      CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
      return;
    }
    this.adoptSheet();
    CSS.highlights.set(HIGHLIGHT_NAMES[kind], new Highlight(...ranges));
  }

  /** Shows `ranges` for `ms`, then clears them (the outline's "you are here" flash). */
  flash(kind: HighlightKind, ranges: Range[], ms: number): void {
    this.set(kind, ranges);
    if (ranges.length === 0 || !this.supported) return;
    this.timers.set(kind, window.setTimeout(() => {
      this.timers.delete(kind);
      this.set(kind, []);
    }, ms));
  }

  clear(kind: HighlightKind): void {
    this.set(kind, []);
  }

  /** Every highlight and the stylesheet gone: the page is as it was. */
  clearAll(): void {
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
      this.cancelTimer(kind);
      if (this.supported) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    }
    if (this.sheet) {
      const sheet = this.sheet;
      try {
        this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      } catch {
        // A page that froze its adoptedStyleSheets: the rules only style our own highlight names anyway.
      }
      this.sheet = null;
    }
  }

  private adoptSheet(): void {
    if (this.sheet) return;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_RULES);
      // Appended after the page's own sheets, never replacing them.
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // Constructed stylesheets refused (an old browser, or a content-script sandbox): the highlight is
      // still registered, only not painted; scrolling to it still works.
    }
  }

  private cancelTimer(kind: HighlightKind): void {
    const timer = this.timers.get(kind);
    if (timer !== undefined) window.clearTimeout(timer);
    this.timers.delete(kind);
  }
}
