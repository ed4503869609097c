/**
 * `npm start`: build the extension and the paste page's client, then run the Worker locally with
 * wrangler dev on http://127.0.0.1:8787 (local KV under .wrangler/state, no Cloudflare account), and
 * say where the built extension is and how to load it.
 *
 * A failed extension build is reported but does not stop the Worker: the paste page and the API work
 * without it. A failed web build does stop it: the page would be broken.
 *
 * Ctrl-C / SIGTERM stop wrangler and its workerd: wrangler runs in its own process group (detached),
 * started with this Node rather than through npx, so the group we kill is the server's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb } from './build-web.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT ?? 8787);
const ORIGIN = `http://${HOST}:${PORT}`;
const WRANGLER = path.join(repoRoot, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
const EXTENSION_BUILDS = {
  chrome: path.join(repoRoot, 'extension', '.output', 'chrome-mv3'),
  firefox: path.join(repoRoot, 'extension', '.output', 'firefox-mv2'),
};
/** How long wrangler may take to answer /health before we call the start failed (it takes ~2 s). */
const READY_TIMEOUT_MS = 60_000;

function step(message: string): void {
  console.log(`\n▶ ${message}`);
}

/** Runs `npm run build:extension` in the foreground; true when it succeeded. */
function buildExtension(): boolean {
  step('Building the extension (Chrome MV3 and Firefox)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build:extension'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) console.error(`Could not run npm: ${result.error.message}`);
  return result.status === 0;
}

/** Polls /health until the Worker answers, the server exits, or the timeout passes. */
async function waitUntilReady(server: { exited: boolean }): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && !server.exited) {
    try {
      const res = await fetch(`${ORIGIN}/health`);
      if (res.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function printBanner(extensionBuilt: boolean): void {
  const rel = (dir: string) => path.relative(process.cwd(), dir) || '.';
  const lines = [
    '',
    '────────────────────────────────────────────────────────────────────────',
    ` Article Lens Worker: ${ORIGIN}`,
    `   paste page   ${ORIGIN}/`,
    `   API          POST ${ORIGIN}/v1/analyze · GET ${ORIGIN}/health`,
    '',
  ];
  if (extensionBuilt && existsSync(EXTENSION_BUILDS.chrome)) {
    lines.push(
      ' Extension builds:',
      `   Chrome/Edge  ${rel(EXTENSION_BUILDS.chrome)}`,
      '                chrome://extensions → turn on Developer mode → Load unpacked → pick that folder',
      `   Firefox      ${rel(EXTENSION_BUILDS.firefox)}`,
      '                about:debugging#/runtime/this-firefox → Load Temporary Add-on… → pick manifest.json in it',
    );
  } else {
    lines.push(
      ' ✖ The extension did NOT build (see the errors above). The Worker and paste page run anyway;',
      '   fix the build and run `npm run build:extension`, then load it from extension/.output/.',
    );
  }
  lines.push('', ' Press Ctrl-C to stop.', '────────────────────────────────────────────────────────────────────────');
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const extensionBuilt = buildExtension();
  if (!extensionBuilt) console.error('\n✖ Extension build failed; continuing with the Worker.');

  step('Building the paste page client…');
  try {
    await buildWeb();
  } catch {
    console.error('✖ The paste page client (worker/web/) does not compile; see the errors above. Not starting the Worker.');
    process.exit(1);
  }

  step(`Starting the Worker with wrangler dev on ${ORIGIN} (local KV in .wrangler/state)…`);
  const child = spawn(
    process.execPath,
    [WRANGLER, 'dev', '--ip', HOST, '--port', String(PORT), '--persist-to', '.wrangler/state', '--show-interactive-dev-session=false'],
    {
      cwd: repoRoot,
      // Own process group, so one signal reaches wrangler and workerd; no stdin, because a background
      // process group that reads the terminal would be stopped by the shell.
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    },
  );
  const server = { exited: false };
  const stopServer = (signal: NodeJS.Signals) => {
    if (server.exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.log(`\nStopping the Worker (${signal})…`);
      stopServer('SIGTERM');
      // If wrangler ignores SIGTERM, do not hang: kill the group after a grace period.
      setTimeout(() => stopServer('SIGKILL'), 5_000).unref();
    });
  }
  // Whatever ends this process, do not leave workerd behind.
  process.on('exit', () => stopServer('SIGKILL'));
  child.on('exit', (code, signal) => {
    server.exited = true;
    process.exit(code ?? (signal ? 0 : 1));
  });

  if (await waitUntilReady(server)) printBanner(extensionBuilt);
  else if (!server.exited) {
    console.error(`✖ The Worker did not answer ${ORIGIN}/health within ${READY_TIMEOUT_MS / 1000} s; stopping it.`);
    stopServer('SIGTERM');
    process.exitCode = 1;
  }
}

await main();
