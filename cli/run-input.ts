import { analyze } from '../shared/analysis/pipeline.ts';
import { detectArticle } from '../shared/page/detect.ts';
import { extractArticle } from '../shared/page/extract.ts';
import { toAnalyzeRequest } from '../shared/page/to-request.ts';
import { AnalyzeResponse, type Detection, type ErrorCode } from '../shared/schema/index.ts';
import { InputError, loadInput } from './load-input.ts';
import { parseDocument } from './parse-document.ts';

/** The outcome for one input, in the shape `--json` prints for `analyze`. */
export interface AnalyzeOutcome {
  input: string;
  detection: Detection | null;
  analysis: AnalyzeResponse | null;
  error?: { code: ErrorCode; message: string };
  /** Extraction notes (not printed in --json; the readable report shows them). */
  warnings: string[];
}

/** Loads, detects, extracts and analyses one page. Never throws: failures become `error`. */
export async function analyzeInput(input: string): Promise<AnalyzeOutcome> {
  let doc: Document;
  let url: string | undefined;
  try {
    const page = await loadInput(input);
    doc = parseDocument(page.html);
    url = page.url;
  } catch (error) {
    return { input, detection: null, analysis: null, error: toErrorBody(error), warnings: [] };
  }
  const detection = detectArticle(doc, url);
  try {
    const extraction = extractArticle(doc, url);
    const request = toAnalyzeRequest(extraction);
    // The same check the extension makes on the Worker's answer: the contract is the zod schema.
    const checked = AnalyzeResponse.safeParse(analyze(request));
    if (!checked.success) {
      return { input, detection, analysis: null, error: { code: 'bad_response', message: `analysis does not match the schema: ${checked.error.message}` }, warnings: extraction.warnings };
    }
    return { input, detection, analysis: checked.data, warnings: extraction.warnings };
  } catch (error) {
    return { input, detection, analysis: null, error: { code: 'internal', message: (error as Error).message }, warnings: [] };
  }
}

/** The outcome of `detect` for one input. */
export interface DetectOutcome {
  input: string;
  detection: Detection | null;
  error?: { code: ErrorCode; message: string };
}

export async function detectInput(input: string): Promise<DetectOutcome> {
  try {
    const page = await loadInput(input);
    return { input, detection: detectArticle(parseDocument(page.html), page.url) };
  } catch (error) {
    return { input, detection: null, error: toErrorBody(error) };
  }
}

function toErrorBody(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof InputError) return { code: error.code, message: error.message };
  return { code: 'internal', message: (error as Error)?.message ?? String(error) };
}
