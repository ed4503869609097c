/**
 * Links into the original article at a given passage, with a URL text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/): `https://site/a#:~:text=<start>`. Browsers that
 * support it scroll to the first match and highlight it; others just open the article.
 */

/** Longest text start we put in a link: enough to be unique in an article, short enough to survive
 * small differences between our text and the page's (a changed quote mark late in a sentence). */
const MAX_START_CHARS = 48;
/** A trailing ellipsis we added when shortening a title; it is not on the page there. */
const TRAILING_ELLIPSIS = /(?:…|\.\.\.)+$/u;
/** Runs of whitespace; the page collapses them too, and a text directive matches rendered text. */
const WHITESPACE_RUN = /\s+/gu;
/** The protocols a link may open: anything else (javascript:, data:) could run code. */
const WEB_PROTOCOL = /^https?:$/;

/**
 * `articleUrl` with a text fragment for `text`, or null when `articleUrl` is not an http(s) URL.
 * An existing `#fragment` on the article URL is replaced; empty `text` gives the plain article URL.
 *
 * @example textFragmentUrl('https://example.com/a#top', 'Prices rose - sharply, and fast', 'en')
 * // 'https://example.com/a#:~:text=Prices%20rose%20%2D%20sharply%2C%20and%20fast'
 */
export function textFragmentUrl(articleUrl: string, text: string, lang: string): string | null {
  const url = URL.parse(articleUrl);
  if (!url || !WEB_PROTOCOL.test(url.protocol)) return null;
  url.hash = '';
  const start = textStart(text, lang);
  return start ? `${url.href}#:~:text=${encodeTextDirectiveTerm(start)}` : url.href;
}

/**
 * The beginning of `text` to search for: all of it when short, else whole words up to
 * MAX_START_CHARS. A text directive only matches at word boundaries, so a cut inside a word would
 * find nothing; Intl.Segmenter's word boundaries (ICU, like the browser's) work for Chinese too.
 */
export function textStart(text: string, lang: string): string {
  const clean = text.replace(WHITESPACE_RUN, ' ').trim().replace(TRAILING_ELLIPSIS, '').trim();
  if (clean.length <= MAX_START_CHARS) return clean;
  let end = 0;
  for (const segment of new Intl.Segmenter(safeLocale(lang), { granularity: 'word' }).segment(clean)) {
    const segmentEnd = segment.index + segment.segment.length;
    if (segmentEnd > MAX_START_CHARS) break;
    end = segmentEnd;
  }
  // A single word longer than the limit (a URL, a long compound): keep it whole rather than cut it.
  if (end === 0) end = clean.search(WHITESPACE_RUN) > 0 ? clean.search(WHITESPACE_RUN) : clean.length;
  return clean.slice(0, end).trim();
}

/**
 * Percent-encodes a text directive term. encodeURIComponent already encodes `&` and `,`; the spec
 * also reserves `-` (it marks a prefix- or -suffix), which encodeURIComponent leaves alone.
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replaceAll('-', '%2D');
}

/** The analysis's language if Intl accepts it as a locale, else the root locale (never a throw). */
function safeLocale(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}
