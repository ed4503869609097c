import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** wrangler dev answers in about 2 s; a loaded 2-core machine can take much longer. */
const READY_TIMEOUT_MS = 90_000;
/** How much of wrangler's output a failure report shows. */
const OUTPUT_TAIL_CHARS = 4_000;

export interface LocalWorker {
  origin: string;
  /** wrangler's recent output (warnings and errors only: it runs with --log-level warn). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  repoRoot: string;
  /** Where wrangler runs and finds wrangler.toml and the sources (a snapshot; the repo by default). */
  projectDir?: string;
  /** The KV directory (`--persist-to`); the caller owns it, so a restart can reuse it. */
  persistDir: string;
  /** A wrangler environment (`--env`), e.g. "load" for raised rate limits; none = production settings. */
  env?: string;
}

/**
 * Starts `wrangler dev` on 127.0.0.1 with free ports (HTTP and inspector, so it never collides with
 * another wrangler on this machine) and waits for GET /health. wrangler runs under this Node (not
 * through npx, whose PID would not own workerd) in its own process group: `stop` signals the group,
 * which ends wrangler and the workerd it spawned together.
 */
export async function startLocalWorker(options: StartOptions): Promise<LocalWorker> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(
    process.execPath,
    [
      path.join(options.repoRoot, 'node_modules/wrangler/bin/wrangler.js'), 'dev',
      '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort),
      '--persist-to', options.persistDir, '--show-interactive-dev-session=false',
      // Per-request log lines would cost the server time under load; warnings and errors still show.
      '--log-level', 'warn',
      ...(options.env ? ['--env', options.env] : []),
    ],
    {
      cwd: options.projectDir ?? options.repoRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1' },
    },
  );
  const keep = (chunk: Buffer) => {
    output = (output + stripVTControlCharacters(chunk.toString())).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const worker: LocalWorker = { origin, output: () => output, stop: () => stopGroup(child) };
  try {
    await waitForHealth(origin, child, () => output.includes('[ERROR]'));
  } catch (error) {
    await worker.stop();
    throw new Error(`${(error as Error).message}\nwrangler output:\n${output}`);
  }
  return worker;
}

async function waitForHealth(origin: string, child: ChildProcess, failed: () => boolean): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`wrangler dev exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    // wrangler dev keeps running after a build error, waiting for an edit: stop at its first [ERROR].
    if (failed()) throw new Error('wrangler dev reported an error before it was ready');
    try {
      const response = await fetch(`${origin}/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer GET ${origin}/health within ${READY_TIMEOUT_MS / 1000} s`);
}

/**
 * SIGTERM to the process group (wrangler and workerd), then SIGKILL to whatever of the group is left
 * once wrangler has exited or after a grace period: a workerd outliving its wrangler must not keep the
 * port and the KV directory.
 */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  const group = -child.pid;
  const running = child.exitCode === null && child.signalCode === null;
  const exited = running ? new Promise<void>((resolve) => child.once('exit', () => resolve())) : Promise.resolve();
  signalGroup(group, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  signalGroup(group, 'SIGKILL');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2_000))]);
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(group, signal);
  } catch {
    // The group is already gone.
  }
}

/** A TCP port that was free on 127.0.0.1 a moment ago (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}
