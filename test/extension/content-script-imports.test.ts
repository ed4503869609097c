/**
 * The extension's architecture, enforced: the content script (parsed on every page, 40 KB budget)
 * never pulls in the analysis pipeline, zod or the storage library — the background does that work —
 * nor extraction and the sidebar, which are the reader module it loads on the first open; and the
 * sidebar renderer, shared with the Worker's paste page, never touches extension APIs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
/** `import … from '…'` and `export … from '…'` specifiers, type-only ones excluded (they vanish in the build). */
const IMPORT_SPECIFIER = /^\s*(?:import|export)(?!\s+type\b)[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Block and line comments (which may name the APIs they avoid). */
const COMMENTS = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;
/** A use of the WebExtension APIs. */
const EXTENSION_API = /\b(?:browser|chrome)\.(?:runtime|storage|tabs|i18n|action|browserAction|permissions|contextMenus|commands|scripting)\b/;

/** Every module reachable from `entry` through value imports: relative files by path, packages by name. */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT_SPECIFIER)) {
      const specifier = match[1] ?? match[2]!;
      if (specifier.startsWith('.')) {
        if (specifier.endsWith('.ts')) visit(path.resolve(path.dirname(file), specifier));
      } else {
        packages.add(specifier);
      }
    }
  };
  visit(path.join(repoRoot, entry));
  return { files, packages };
}

const relative = (files: Set<string>) => [...files].map((file) => path.relative(repoRoot, file));

test('the content script does not carry the pipeline, zod, the storage library, extraction or the sidebar', () => {
  const { files, packages } = reachable('extension/entrypoints/content.ts');
  expect(relative(files).filter((file) => file.startsWith('shared/analysis/'))).toEqual([]);
  expect(relative(files).filter((file) => file.startsWith('extension/background/'))).toEqual([]);
  expect([...packages].filter((name) => name === 'zod' || name === 'wxt/utils/storage' || name.startsWith('@wxt-dev/storage'))).toEqual([]);
  // Extraction (Readability) and the sidebar load only when the reader opens an article (issue 4).
  expect(relative(files).filter((file) => file === 'shared/page/extract.ts' || file === 'extension/sidebar/render.ts' || file === 'extension/content/reader-session.ts')).toEqual([]);
  expect([...packages]).not.toContain('@mozilla/readability');
  // It does reach the pieces it needs, so the scan itself works.
  expect(relative(files)).toContain('shared/page/detect.ts');
  expect(relative(files)).toContain('extension/content/launcher.ts');
});

test('the reader module carries extraction and the sidebar, and no extension API (the content script passes them in)', () => {
  const { files, packages } = reachable('extension/content/reader-session.ts');
  expect(relative(files)).toContain('shared/page/extract.ts');
  expect(relative(files)).toContain('extension/sidebar/render.ts');
  expect(relative(files)).toContain('extension/content/text-ranges.ts');
  expect(relative(files).filter((file) => file.startsWith('shared/analysis/'))).toEqual([]);
  expect([...packages].filter((name) => name.startsWith('wxt') || name === 'zod')).toEqual([]);
  for (const file of files) {
    const code = readFileSync(file, 'utf8').replace(COMMENTS, '');
    expect(code, path.relative(repoRoot, file)).not.toMatch(EXTENSION_API);
  }
});

test('the sidebar renderer uses no extension API (the paste page reuses it)', () => {
  const { files, packages } = reachable('extension/sidebar/render.ts');
  expect([...packages].filter((name) => name.startsWith('wxt'))).toEqual([]);
  for (const file of files) {
    const code = readFileSync(file, 'utf8').replace(COMMENTS, '');
    expect(code, path.relative(repoRoot, file)).not.toMatch(EXTENSION_API);
  }
});
