/**
 * Builds the paste page's client — worker/web/app.ts and app.css — and the share page's stylesheet
 * (worker/views/share-page.css) into dist/web, the Worker's static assets directory (wrangler.toml
 * [assets]). esbuild (wrangler's own bundler, already installed) makes one minified ES module and the
 * stylesheets; the CSP forbids inline code, so they must be files.
 *
 * Run: `npm run build:web` (also the first step of build:worker, dev:worker and start).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_OUT_DIR = path.join(repoRoot, 'dist', 'web');

/**
 * Headers for the static files (Workers assets `_headers` format). The HTML page gets its CSP from the
 * Worker; these files only need to be never sniffed as another type and never leak a referrer.
 */
const ASSET_HEADERS = `/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
`;

/** Builds dist/web from scratch; throws (with esbuild's message) when the client does not compile. */
export async function buildWeb(): Promise<void> {
  rmSync(WEB_OUT_DIR, { recursive: true, force: true });
  mkdirSync(WEB_OUT_DIR, { recursive: true });
  await build({
    absWorkingDir: repoRoot,
    // The share page's stylesheet lives beside its view; `out` names it /share-page.css at the root.
    entryPoints: ['worker/web/app.ts', 'worker/web/app.css', { in: 'worker/views/share-page.css', out: 'share-page' }],
    outdir: WEB_OUT_DIR,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome111', 'firefox115', 'safari16'],
    logLevel: 'warning',
    legalComments: 'none',
  });
  writeFileSync(path.join(WEB_OUT_DIR, '_headers'), ASSET_HEADERS);
}

if (import.meta.main) {
  try {
    await buildWeb();
    console.log(`web client built → ${path.relative(process.cwd(), WEB_OUT_DIR)}/app.js, app.css, share-page.css`);
  } catch {
    // esbuild has already printed each error with its file and line.
    console.error('build:web failed: the paste page client (worker/web/) does not compile; see the errors above.');
    process.exitCode = 1;
  }
}
