/**
 * Every setting and record the extension keeps, as WXT storage items. `sync:` for settings, so they
 * follow the reader across browsers; `local:` for share delete tokens, which are secrets of this device;
 * `session:` for the Worker's recent analyses, which need not outlive the browser.
 * The options page writes them; open sidebars watch the same keys (content/watch-settings.ts), so a
 * change applies at once.
 */
import { storage } from 'wxt/utils/storage';
import type { RecentAnalysis } from './background/recent-analyses.ts';
import { SETTINGS, SETTINGS_AREA, type LanguageSetting, type LauncherMode, type ThemeSetting } from './settings.ts';

/** Where local builds find the Worker: the address `npm start` runs it on. */
export const DEFAULT_WORKER_URL = 'http://127.0.0.1:8787';

/**
 * The base URL of the Worker that analyses articles (no trailing slash). Tests set it through
 * `chrome.storage.sync.set({ workerUrl })`.
 */
export const workerUrlItem = storage.defineItem<string>('sync:workerUrl', {
  fallback: DEFAULT_WORKER_URL,
});

/** See settings.ts for what each setting means; the content script reads the same keys directly. */
export const launcherItem = storage.defineItem<LauncherMode>(`${SETTINGS_AREA}:${SETTINGS.launcher.key}`, { fallback: SETTINGS.launcher.fallback });
export const languageItem = storage.defineItem<LanguageSetting>(`${SETTINGS_AREA}:${SETTINGS.language.key}`, { fallback: SETTINGS.language.fallback });
export const themeItem = storage.defineItem<ThemeSetting>(`${SETTINGS_AREA}:${SETTINGS.theme.key}`, { fallback: SETTINGS.theme.fallback });

/** What the extension keeps of a share link it created: enough to show it again and to delete it. */
export interface SavedShare {
  url: string;
  articleUrl: string;
  deleteToken: string;
  expiresAt: string;
}

/**
 * Share links this browser created, by share id. The delete token is shown once by the Worker and is the
 * only way to delete a share, so it stays on this device (`local:`, never synced).
 */
export const sharesItem = storage.defineItem<Record<string, SavedShare>>('local:shares', { fallback: {} });

/**
 * The Worker's recent analyses (background/recent-analyses.ts): reopening the sidebar on the same page
 * with the same content does not send the article again. `session:` survives the MV3 service worker
 * being stopped and is cleared when the browser closes; every entry is checked again when read.
 */
export const recentAnalysesItem = storage.defineItem<RecentAnalysis[]>('session:recentAnalyses', { fallback: [] });
