import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const extensionDir = path.resolve(import.meta.dirname, '../../extension');
/** The DOM calls that parse strings as markup. The extension builds DOM with createElement/textContent only. */
const HTML_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|document\.write)\b|\bsrcdoc\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

test('no extension source uses an HTML-parsing DOM API', () => {
  const files = sourceFiles(extensionDir);
  expect(files.length).toBeGreaterThan(5);
  const offenders = files.filter((file) => HTML_SINKS.test(readFileSync(file, 'utf8'))).map((file) => path.relative(extensionDir, file));
  expect(offenders).toEqual([]);
});
