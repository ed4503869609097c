import { parseHTML } from 'linkedom';

/**
 * Builds a DOM Document in Node with linkedom, for the same detection and extraction code the
 * extension runs on live pages. linkedom is small and fast but not a browser: see the notes in
 * shared/page/extract.ts on what we avoid because of it (layout, computed style).
 */
export function parseDocument(html: string): Document {
  // linkedom only builds a full document (html/head/body) when the markup has an <html> element.
  const markup = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(markup);
  return document as unknown as Document;
}
