import { defineConfig } from 'wxt';
import packageJson from '../package.json' with { type: 'json' };
import { OPEN_COMMAND, OPEN_COMMAND_KEY } from './commands.ts';

/**
 * Origins the extension may call without asking: the local Worker that `npm start` runs. A match pattern
 * without a port matches every port in Chrome and Firefox, so tests can run the Worker on a free port.
 */
const DEFAULT_WORKER_ORIGINS = ['http://127.0.0.1/*'];

/** Any other Worker (a deployed one, another host) is asked for from the options page when saved. */
const OTHER_WORKER_ORIGINS = ['https://*/*', 'http://*/*'];

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
});
