import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { freePort } from './free-port.ts';

export interface RunningWorker {
  url: string;
  stop(): Promise<void>;
}

/** wrangler dev is ready in about 2 s; allow a slow CI machine a minute. */
const READY_TIMEOUT_MS = 60_000;

/**
 * Starts the Worker with `wrangler dev` on free ports and a throwaway KV directory (`env`: a wrangler
 * environment, e.g. "load", whose rate limits let one client make hundreds of requests a minute). wrangler runs
 * directly under this Node (not through npx) in its own process group, so `stop` can end it and the
 * workerd it spawned together.
 */
export async function startWorker(repoRoot: string, options: { env?: string } = {}): Promise<RunningWorker> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const persistDir = await mkdtemp(path.join(tmpdir(), 'article-lens-kv-'));
  const output: string[] = [];
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/wrangler/bin/wrangler.js'), 'dev',
      '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort),
      '--persist-to', persistDir, '--show-interactive-dev-session=false', '--log-level', 'warn',
      ...(options.env ? ['--env', options.env] : []),
    ],
    {
      cwd: repoRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1' },
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await killGroup(child);
    await rm(persistDir, { recursive: true, force: true });
  };
  try {
    // wrangler dev keeps running after a build error (it waits for the next edit): stop at its first [ERROR].
    await waitForHealth(url, child, () => stripVTControlCharacters(output.join('')).includes('[ERROR]'));
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message} (has \`npm run build\` run?)\nwrangler output:\n${stripVTControlCharacters(output.join('')).slice(-4000)}`);
  }
  return { url, stop };
}

async function waitForHealth(url: string, child: ChildProcess, failed: () => boolean): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode} before it was ready`);
    if (failed()) throw new Error('wrangler dev reported an error before it was ready');
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer GET ${url}/health within ${READY_TIMEOUT_MS / 1000} s`);
}

/** SIGTERM to the whole group (wrangler and its workerd), SIGKILL if it lingers. */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return; // Already gone.
  }
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 5_000))]);
  if (timedOut) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Gone between the check and the kill.
    }
  }
}
