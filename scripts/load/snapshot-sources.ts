import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** What the Worker is built from: its config, its code, the shared core, the paste page's built assets. */
const WORKER_INPUTS = ['wrangler.toml', 'package.json', 'tsconfig.base.json', 'worker', 'shared', 'dist/web'];

export interface SourceSnapshot {
  /** The directory to run wrangler in. */
  dir: string;
  remove(): Promise<void>;
}

/**
 * A copy of the Worker's sources in a temporary directory (node_modules linked, not copied), for
 * `wrangler dev` to build and watch instead of the working tree. wrangler dev rebuilds and restarts
 * the Worker whenever a source file changes, and answers the POSTs in flight with 503 "Your worker
 * restarted mid-request" — an edit saved during a load run would show up as Worker errors. The load run
 * measures the code as it was when it started.
 */
export async function snapshotSources(repoRoot: string): Promise<SourceSnapshot> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'article-lens-load-src-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    for (const input of WORKER_INPUTS) {
      await cp(path.join(repoRoot, input), path.join(dir, input), { recursive: true, filter: (source) => !source.includes(`${path.sep}.output${path.sep}`) });
    }
    await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir, remove };
}
