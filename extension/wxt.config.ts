import path from 'node:path';
import { build, type Rollup } from 'vite';
import { defineConfig } from 'wxt';
import packageJson from '../package.json' with { type: 'json' };
import { OPEN_COMMAND, OPEN_COMMAND_KEY } from './commands.ts';
import { READER_FILE } from './content/reader-file.ts';

/**
 * Origins the extension may call without asking: the local Worker that `npm start` runs. A match pattern
 * without a port matches every port in Chrome and Firefox, so tests can run the Worker on a free port.
 */
const DEFAULT_WORKER_ORIGINS = ['http://127.0.0.1/*'];

/** Any other Worker (a deployed one, another host) is asked for from the options page when saved. */
const OTHER_WORKER_ORIGINS = ['https://*/*', 'http://*/*'];

/** The pages the content script runs on, which may import the reader module. */
const PAGE_ORIGINS = ['http://*/*', 'https://*/*'];

/**
 * Bundles content/reader-session.ts as an ES module of its own. WXT builds each content script as one
 * classic script (no code splitting: a dynamic import would be inlined back), so the part that runs only
 * once the reader opens the sidebar — Readability, the renderer, highlights — is bundled here, with the
 * same Vite, and the content script imports it by URL on the first open.
 */
async function bundleReader(srcDir: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      // An app build with the entry's exports kept, not a library build: Vite leaves a library's ES
      // output unminified in whitespace (for the bundler downstream), and there is none here.
      modulePreload: false,
      rolldownOptions: {
        input: path.join(srcDir, 'content/reader-session.ts'),
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: 'reader.js' },
      },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const chunks = outputs.flatMap((result) => result.output).filter((item) => item.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]) throw new Error(`reader bundle: expected one chunk, got ${chunks.length}`);
  return chunks[0].code;
}

export default defineConfig({
  // Explicit imports everywhere ('wxt/browser', 'wxt/utils/…') so plain vitest can import the same modules.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    // Name, description and the shortcut's description in the browser's language (public/_locales);
    // everything shown at run time follows the language chosen on the options page instead.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: packageJson.version,
    // storage: the settings (Worker URL, launcher, language, theme) and share links' delete tokens.
    // contextMenus: the page menu's "Summarize this article".
    // Nothing else: the content script already runs on http(s) pages, and the toolbar button, the
    // shortcut and the menu only message the tab's content script.
    permissions: ['storage', 'contextMenus'],
    host_permissions: DEFAULT_WORKER_ORIGINS,
    // MV3 has a key for optional origins; MV2 (Firefox) lists them under optional_permissions.
    ...(manifestVersion === 3
      ? { optional_host_permissions: OTHER_WORKER_ORIGINS }
      : { optional_permissions: OTHER_WORKER_ORIGINS }),
    // The reader module (see bundleReader), importable from the content script on http(s) pages. In
    // Chrome under a URL that changes every session, so a page cannot probe for the extension with it.
    web_accessible_resources: manifestVersion === 3
      ? [{ resources: [READER_FILE], matches: PAGE_ORIGINS, use_dynamic_url: true }]
      : [READER_FILE],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      [OPEN_COMMAND]: { suggested_key: { default: OPEN_COMMAND_KEY }, description: '__MSG_commandOpen__' },
    },
    // Firefox only (Chrome warns about keys it does not know).
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'article-lens@article-lens.dev',
          // The article's text is sent to the Worker the user configured (a local one by default) for analysis.
          data_collection_permissions: { required: ['websiteContent'] },
        },
      },
    }),
  }),
  hooks: {
    'build:publicAssets': async (wxt, files) => {
      files.push({ relativeDest: READER_FILE, contents: await bundleReader(wxt.config.srcDir) });
    },
  },
});
