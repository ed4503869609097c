import { decodePage } from '../../cli/decode.ts';
import { detectArticle } from '../../shared/page/detect.ts';
import { extractArticle } from '../../shared/page/extract.ts';
import { toAnalyzeRequest } from '../../shared/page/to-request.ts';
import type { AnalyzeRequest, Detection } from '../../shared/schema/index.ts';

export interface FileRequest {
  request: AnalyzeRequest;
  detection: Detection;
}

/**
 * Reads a saved web page in the browser and runs the extension's own detection and extraction on it,
 * so the paste page analyses exactly the blocks the sidebar would. The bytes are decoded like the CLI
 * does (legacy Chinese charsets, mislabelled UTF-8); DOMParser builds an inert document — its scripts
 * never run and nothing it references is loaded.
 */
export async function requestFromHtmlFile(file: Blob): Promise<FileRequest> {
  const { text } = decodePage(new Uint8Array(await file.arrayBuffer()));
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const url = pageUrl(doc);
  const detection = detectArticle(doc, url);
  const request = toAnalyzeRequest(extractArticle(doc, url));
  return { request, detection };
}

/** The page's own address if the saved file records one (canonical link or og:url), for URL signals. */
function pageUrl(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // Not an absolute URL: a saved page has no base to resolve it against.
    }
  }
  return undefined;
}
