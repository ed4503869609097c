import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodePage } from '../../cli/decode.ts';
import { parseDocument } from '../../cli/parse-document.ts';

/** The repository root, and the read-only corpus beside it (CI checks it out at ../shared). */
export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const corpusDir = path.join(sharedDir, 'corpus');

/** File of a corpus page id such as "gne/163_3" (.html or .html.gz). */
export function corpusFile(id: string): string {
  const base = path.join(corpusDir, 'pages', id);
  return existsSync(`${base}.html`) ? `${base}.html` : `${base}.html.gz`;
}

/** A corpus page parsed with linkedom, decoded as the CLI decodes it. */
export function loadCorpusPage(id: string): Document {
  let bytes: Uint8Array = readFileSync(corpusFile(id));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  return parseDocument(decodePage(bytes).text);
}

/** The seed page the product was designed from. */
export function loadSeedPage(): Document {
  return parseDocument(readFileSync(path.join(sharedDir, 'seed', 'article.html'), 'utf8'));
}

/** A document from an inline HTML snippet (for cases the corpus does not isolate). */
export function htmlDocument(html: string): Document {
  return parseDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
}

/** Gold labels of the corpus (labels/<set>__<name>.json). */
export interface GoldLabel {
  id: string;
  title: string;
  headings: string[] | null;
  speakers: Array<{ name: string; first_quote: string }>;
}
