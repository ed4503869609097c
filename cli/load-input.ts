import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodePage } from './decode.ts';

/** A page ready to parse: its text, and the URL it came from (for relative links and URL signals). */
export interface LoadedPage {
  html: string;
  url: string | undefined;
  charset: string;
}

/** A failure the CLI reports per input; `code` is one of the shared ERROR_CODES. */
export class InputError extends Error {
  readonly code: 'fetch_failed' | 'not_found' | 'bad_request' | 'timeout';
  constructor(code: InputError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/** How long one fetch may take before the input counts as failed. */
const FETCH_TIMEOUT_MS = 20_000;
/** Remote pages larger than this are refused (a news page is well under 5 MB). */
const MAX_FETCH_BYTES = 20_000_000;
/** http(s) URLs are fetched; everything else is a file path. */
const HTTP_URL = /^https?:\/\//i;

/** Reads a file (.html or .html.gz, gzip detected by its magic bytes) or fetches an http(s) URL. */
export async function loadInput(input: string): Promise<LoadedPage> {
  if (HTTP_URL.test(input)) return fetchPage(input);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('not_found', `no such file: ${input}`);
    throw new InputError('bad_request', `cannot read ${input}: ${(error as Error).message}`);
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new InputError('bad_request', `cannot gunzip ${input}: ${(error as Error).message}`);
    }
  }
  const decoded = decodePage(bytes);
  return { html: decoded.text, url: undefined, charset: decoded.charset };
}

async function fetchPage(url: string): Promise<LoadedPage> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { 'user-agent': 'ArticleLens/0.1 (+cli)', accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new InputError('timeout', `fetching ${url} took longer than ${FETCH_TIMEOUT_MS / 1000} s`);
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new InputError('fetch_failed', `cannot fetch ${url}: ${cause ?? (error as Error).message}`);
  }
  if (!response.ok) throw new InputError('fetch_failed', `cannot fetch ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  const buffer = new Uint8Array(await response.arrayBuffer());
  if (buffer.byteLength > MAX_FETCH_BYTES) throw new InputError('fetch_failed', `${url} is larger than ${MAX_FETCH_BYTES} bytes`);
  const decoded = decodePage(buffer, response.headers.get('content-type') ?? undefined);
  return { html: decoded.text, url: response.url || url, charset: decoded.charset };
}
