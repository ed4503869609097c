import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The architecture, enforced: see STYLE.md "one core, three thin shells". */
const repoRoot = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const abs = path.join(repoRoot, dir);
  const out: string[] = [];
  for (const name of readdirSync(abs)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = path.join(abs, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(path.join(dir, name)));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path.join(dir, name));
  }
  return out;
}

const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(repoRoot, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

describe('architecture', () => {
  it('shared/ imports no runtime: no node:, cloudflare:, wxt or browser APIs', () => {
    const offenders = sourceFiles('shared').flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^(node:|cloudflare:|wxt|@wxt-dev|webextension-polyfill|hono)/.test(spec))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('shared/ never reaches into worker/, extension/ or cli/', () => {
    const offenders = sourceFiles('shared').flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.relative(repoRoot, path.resolve(repoRoot, path.dirname(file), spec)))
        .filter((target) => !target.startsWith('shared' + path.sep))
        .map((target) => `${file} → ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('analysis stages do not import each other: only pipeline.ts wires them', () => {
    const stages = sourceFiles('shared/analysis').filter(
      (file) => path.dirname(file) === path.join('shared', 'analysis') && !file.endsWith('pipeline.ts'),
    );
    const stageNames = new Set(stages.map((file) => path.basename(file)));
    const offenders = stages.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('./') && stageNames.has(path.basename(spec)))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no code writes HTML from strings (innerHTML, outerHTML =, insertAdjacentHTML, document.write)', () => {
    const files = ['extension', 'shared', 'worker', 'cli'].flatMap((dir) => sourceFiles(dir));
    const offenders = files.filter((file) =>
      /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(
        readFileSync(path.join(repoRoot, file), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
