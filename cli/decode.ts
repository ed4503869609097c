/**
 * Turns the bytes of a saved or fetched page into text, the way a browser would, plus one rescue:
 * pages that declare a legacy Chinese charset but are really UTF-8 (re-saved by a CMS or a crawler).
 *
 * Order: byte-order mark → strict UTF-8 (succeeds only on valid UTF-8, which legacy-encoded Chinese
 * text practically never is) → HTTP Content-Type charset → <meta charset>/http-equiv → a default
 * from the page's language.
 */
export interface DecodedPage {
  text: string;
  /** The encoding actually used (WHATWG label). */
  charset: string;
  /** The charset the page or server declared, if any. */
  declared: string | undefined;
}

/** charset=… inside a Content-Type value or a meta tag. */
const CHARSET_PARAM = /charset\s*=\s*["']?\s*([\w.:-]+)/i;
/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…">, in the first bytes. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
/** <html lang="zh…"> — used only to pick a default for undeclared legacy bytes. */
const HTML_LANG_ZH = /<html\b[^>]*\blang\s*=\s*["']?zh/i;
/** How far into the file a browser looks for <meta charset> (the HTML spec's prescan is 1024; pages often exceed it). */
const PRESCAN_BYTES = 8192;

/**
 * Legacy labels mapped to the decoder we use: GB2312 and GBK pages routinely contain characters only
 * in their superset GB18030, so all three decode as GB18030 (what browsers do for gb2312/gbk too).
 */
const CHARSET_ALIASES: Record<string, string> = {
  gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', gb18030: 'gb18030', 'euc-cn': 'gb18030', hz: 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'x-x-big5': 'big5', cp950: 'big5',
  utf8: 'utf-8', 'utf-8': 'utf-8', unicode: 'utf-8',
};

/** Decodes page bytes; `contentType` is the HTTP header when the page was fetched. */
export function decodePage(bytes: Uint8Array, contentType?: string): DecodedPage {
  const bom = sniffBom(bytes);
  const headerCharset = contentType ? CHARSET_PARAM.exec(contentType)?.[1] : undefined;
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const metaCharset = META_CHARSET.exec(head)?.[1];
  const declared = headerCharset ?? metaCharset;
  if (bom) return { text: new TextDecoder(bom).decode(bytes), charset: bom, declared };

  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', declared };
  } catch {
    // Not valid UTF-8: trust the declaration below.
  }
  const fallback = HTML_LANG_ZH.test(head) ? 'gb18030' : 'windows-1252';
  const charset = normalizeCharset(declared) ?? fallback;
  return { text: new TextDecoder(charset).decode(bytes), charset, declared };
}

/** A usable TextDecoder label for a declared charset, or undefined when Node does not know it. */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const key = label.trim().toLowerCase();
  const mapped = CHARSET_ALIASES[key] ?? key;
  try {
    // The constructor throws a RangeError for labels it does not support.
    return new TextDecoder(mapped).encoding;
  } catch {
    return undefined;
  }
}

function sniffBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}
