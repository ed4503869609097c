/** What a page's JSON-LD declares: every `@type`, and whether any item carries a date or an author. */
export interface JsonLdSummary {
  types: string[];
  /** Some item has datePublished, dateCreated or dateModified. */
  dated: boolean;
  /** Some item has an author. */
  authored: boolean;
}

/** Most JSON-LD scripts a page gets to make us parse, and the longest one we read. */
const MAX_SCRIPTS = 8;
const MAX_SCRIPT_CHARS = 200_000;
/** Nesting followed into arrays and @graph (a page's items sit at most three levels down). */
const MAX_DEPTH = 3;
const DATE_KEYS = ['datePublished', 'dateCreated', 'dateModified'];

/**
 * Reads the page's JSON-LD scripts (top level, arrays and @graph); malformed scripts are skipped.
 *
 * @example readJsonLd(document).types // ['NewsArticle', 'Organization']
 */
export function readJsonLd(doc: Document): JsonLdSummary {
  const summary: JsonLdSummary = { types: [], dated: false, authored: false };
  // One native query for the scripts whose type mentions ld+json in any case (a selector cannot
  // trim), the exact test here: cheaper than reading the type of every <script> in script.
  const scripts = doc.querySelectorAll('script[type*="ld+json" i]');
  for (let i = 0, parsed = 0; i < scripts.length && parsed < MAX_SCRIPTS; i++) {
    const script = scripts[i] as Element;
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    parsed += 1;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    try {
      collect(JSON.parse(text), summary, 0);
    } catch {
      // Invalid JSON-LD is common (trailing commas, CDATA); it simply carries no evidence.
    }
  }
  return summary;
}

function collect(value: unknown, into: JsonLdSummary, depth: number): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type === 'string') into.types.push(type);
  else if (Array.isArray(type)) for (const t of type) if (typeof t === 'string') into.types.push(t);
  if (DATE_KEYS.some((key) => typeof record[key] === 'string' && record[key] !== '')) into.dated = true;
  if (record['author']) into.authored = true;
  if (record['@graph']) collect(record['@graph'], into, depth + 1);
}
