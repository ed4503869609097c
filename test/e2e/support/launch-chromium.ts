import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's background service worker, for setting storage. */
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** Where Chromium is: $CHROME_PATH, else Debian's package. */
export function chromePath(): string {
  const candidate = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}. Install it with \`apt-get install chromium fonts-wqy-microhei\` ` +
        '(the font makes Chinese legible in screenshots), or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return candidate;
}

/**
 * Launches Chromium with the built extension loaded, in a fresh profile. `--disable-extensions-except`
 * is required: Playwright passes `--disable-extensions` by default.
 */
export async function launchWithExtension(extensionDir: string): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run \`npm run build:extension\` first.`);
  }
  const executablePath = chromePath();
  const profileDir = await mkdtemp(path.join(tmpdir(), 'article-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    serviceWorker,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
