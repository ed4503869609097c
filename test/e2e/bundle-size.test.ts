/**
 * Size budgets for the built extension (needs `npm run build:extension`). The content script is parsed
 * on every http(s) page the reader opens, so it is the one that must stay small.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { repoRoot } from './support/lens-session.ts';

const chromeBuild = path.join(repoRoot, 'extension/.output/chrome-mv3');

/** Gzipped bytes: what a store download and the disk cache hold. */
const BUDGETS_GZIP_BYTES: Record<string, number> = {
  // What runs on every page: detection, the launcher, settings and messages. Issue 4 caps it at 40 KB
  // gzipped; it is about 15 KB, and this budget keeps extraction and the sidebar from creeping back in.
  'content-scripts/content.js': 20_000,
  // Readability-based extraction, the sidebar renderer and the highlights: loaded on the first open.
  'content-scripts/reader.js': 32_000,
  'content-scripts/content.css': 4_000,
  // The API clients, the response schemas (zod), the outline-card drawing, and the whole analysis
  // pipeline for the local fallback — about 96 KB of it, most of that the term-statistics table. The
  // background loads once per browser session, not on every page, which is why the fallback and the
  // card live here and not in the content script.
  'background.js': 140_000,
};

test.each(Object.entries(BUDGETS_GZIP_BYTES))('%s stays within %i gzipped bytes', (file, budget) => {
  const size = gzipSync(readFileSync(path.join(chromeBuild, file))).length;
  expect(size).toBeLessThanOrEqual(budget);
});
