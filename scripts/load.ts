/**
 * `npm run load` — issue 6 item 5: the Worker under load and its shares' durability, measured against
 * `wrangler dev` on 127.0.0.1 only, bounded in time and count.
 *
 *   npm run load                                   60 s × 50 connections, then 1,000 shares
 *   npm run load -- --seconds 5 --connections 4 --shares 50   a quick run
 *   npm run load -- --json                         one JSON line on stdout
 *   npm run load -- --limiter                      the production rate limits, measured
 *
 * wrangler dev runs with `--env load` (wrangler.toml): the same Worker with the per-client rate limits
 * raised, because every request of one load client comes from one address and the production limits
 * (60 analyses and 20 shares a minute) would turn the test into a measurement of the limiter. The
 * limiter stays in the path — every request still consults it. `--limiter` measures the production
 * limits themselves. Exit code 0 only when there were no errors and no share was lost or changed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildWeb } from './build-web.ts';
import { LOAD_USAGE, parseLoadArgs, type LoadOptions } from './load/args.ts';
import { createShares, readBack } from './load/durability.ts';
import { LoadClient } from './load/http-client.ts';
import { measureLimiter } from './load/measure-limiter.ts';
import { loadPages } from './load/payloads.ts';
import { formatReport, type LoadReport } from './load/report.ts';
import { runMix, warmUp } from './load/run-mix.ts';
import { snapshotSources, type SourceSnapshot } from './load/snapshot-sources.ts';
import { startLocalWorker, type LocalWorker } from './load/start-worker.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
/** The wrangler environment with raised rate limits (wrangler.toml `[env.load]`). */
const LOAD_ENV = 'load';

const log = (line: string) => console.error(line);

async function main(argv: readonly string[]): Promise<number> {
  const command = parseLoadArgs(argv);
  if (command.kind === 'help') {
    console.log(LOAD_USAGE);
    return 0;
  }
  if (command.kind === 'usage-error') {
    console.error(`load: ${command.message}\n\n${LOAD_USAGE}`);
    return 2;
  }
  const options = command.options;
  const env = options.limiter ? null : LOAD_ENV;
  const cpus = os.cpus();
  const report: LoadReport = {
    date: new Date().toISOString(),
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown', node: process.versions.node, loadAverage: { start: os.loadavg() } },
    worker: { origin: options.target ?? '', env: options.target ? null : env, started: !options.target },
    ok: false,
  };

  // The KV (and rate-limit) state of this run only: a fresh directory, removed at the end.
  const persistDir = options.target ? null : await mkdtemp(path.join(os.tmpdir(), 'article-lens-load-'));
  let snapshot: SourceSnapshot | null = null;
  let worker: LocalWorker | null = null;
  const start = async () => {
    worker = await startLocalWorker({ repoRoot, projectDir: snapshot?.dir, persistDir: persistDir as string, ...(env ? { env } : {}) });
    return worker.origin;
  };
  // wrangler's warnings and errors, shown when the run fails (the Worker's side of the story).
  let workerOutput = '';
  const stop = async () => {
    const running = worker;
    worker = null;
    if (running) workerOutput += running.output();
    await running?.stop();
  };
  // Ctrl-C or a kill must not leave wrangler, workerd or the KV directory behind.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      log(`\nload: ${signal}, stopping the Worker…`);
      void stop()
        .then(() => (persistDir ? rm(persistDir, { recursive: true, force: true }) : undefined))
        .then(() => snapshot?.remove())
        .finally(() => process.exit(130));
    });
  }

  try {
    let origin = options.target;
    if (!origin) {
      log('load: building the paste page client (wrangler dev serves it as static assets)…');
      await buildWeb();
      // Edits made while the run goes on (by you or a watcher) must not restart the Worker under load.
      snapshot = await snapshotSources(repoRoot);
      log(`load: starting wrangler dev${env ? ` --env ${env}` : ''} on 127.0.0.1 from a copy of the sources (${snapshot.dir}; KV in ${persistDir})…`);
      origin = await start();
    }
    report.worker.origin = origin;
    log(`load: Worker ready at ${origin}`);
    report.ok = options.limiter ? await limiterRun(origin, report) : await loadRun(origin, options, report, options.target ? null : { stop, start });
  } finally {
    await stop();
    if (persistDir) await rm(persistDir, { recursive: true, force: true });
    await snapshot?.remove();
  }

  if (!report.ok && workerOutput.trim()) log(`load: wrangler dev said (last lines):\n${workerOutput.trim()}`);
  report.machine.loadAverage.end = os.loadavg();
  const cpu = process.cpuUsage();
  report.clientCpuSeconds = Math.round((cpu.user + cpu.system) / 100_000) / 10;
  console.log(options.json ? JSON.stringify(report) : formatReport(report));
  return report.ok ? 0 : 1;
}

async function loadRun(origin: string, options: LoadOptions, report: LoadReport, restart: { stop: () => Promise<void>; start: () => Promise<string> } | null): Promise<boolean> {
  log('load: building the analyze requests the way `lens analyze` does…');
  const pages = await loadPages(repoRoot, options.page);
  report.pages = pages.map((page) => ({ name: page.name, file: path.relative(repoRoot, page.file), requestBytes: page.bytes, blocks: page.request.blocks.length }));

  let client = new LoadClient(origin, options.connections);
  try {
    log('load: warm-up — each page analysed twice (a miss, then a cache hit)…');
    // The two analyses are also the payload of every share, in the mix and in the durability check.
    const analyses = await warmUp(client, pages);
    log(`load: mix for ${options.seconds} s at ${options.connections} connections…`);
    const mix = await runMix(client, pages, analyses, { seconds: options.seconds, connections: options.connections, log });
    report.mix = mix;
    if (options.shares === 0) return mix.errors === 0;

    log(`load: durability — creating ${options.shares} shares…`);
    const created = await createShares(client, options.shares, analyses, options.connections);
    log(`load: durability — reading ${created.shares.length} shares back…`);
    const readBackResult = await readBack(client, created.shares, options.connections);
    const { shares, ...create } = created;
    report.durability = { count: options.shares, create, readBack: readBackResult, lost: readBackResult.lost, mismatched: readBackResult.mismatched };

    if (options.restart && restart) {
      log('load: durability — restarting wrangler dev on the same KV directory and reading every share again…');
      client.close();
      await restart.stop();
      client = new LoadClient(await restart.start(), options.connections);
      report.worker.origin = client.origin;
      const afterRestart = await readBack(client, shares, options.connections);
      report.durability.afterRestart = afterRestart;
      report.durability.lost += afterRestart.lost;
      report.durability.mismatched += afterRestart.mismatched;
    }
    const durability = report.durability;
    const durabilityErrors = durability.create.errors + durability.readBack.errors + (durability.afterRestart?.errors ?? 0);
    return mix.errors === 0 && durabilityErrors === 0 && durability.lost === 0 && durability.mismatched === 0;
  } finally {
    client.close();
  }
}

async function limiterRun(origin: string, report: LoadReport): Promise<boolean> {
  const client = new LoadClient(origin, 1);
  try {
    log('load: measuring the production rate limits, one request at a time…');
    report.limiter = await measureLimiter(client, log);
    return report.limiter.ok;
  } finally {
    client.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A run that could not start or was cut short: say why in one message (wrangler's output included).
  console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
