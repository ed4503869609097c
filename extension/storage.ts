/**
 * Every setting and record the extension keeps, as WXT storage items. `sync:` for settings, so they
 * follow the reader across browsers; `local:` for share delete tokens, which are secrets of this device.
 * The content script and the options page watch the same items, so a change applies at once.
 */
import { storage } from 'wxt/utils/storage';

/** Where local builds find the Worker: the address `npm start` runs it on. */
export const DEFAULT_WORKER_URL = 'http://127.0.0.1:8787';

/**
 * The base URL of the Worker that analyses articles (no trailing slash). Tests set it through
 * `chrome.storage.sync.set({ workerUrl })`.
 */
export const workerUrlItem = storage.defineItem<string>('sync:workerUrl', {
  fallback: DEFAULT_WORKER_URL,
});

/**
 * What happens on a page detection judges an article: show the small launcher (default), open the
 * sidebar at once (the reader then agrees to send every article to the Worker), or nothing (the toolbar
 * button, the shortcut and the context menu still work).
 */
export const LAUNCHER_MODES = ['show', 'auto', 'never'] as const;
export type LauncherMode = (typeof LAUNCHER_MODES)[number];
export const launcherItem = storage.defineItem<LauncherMode>('sync:launcher', { fallback: 'show' });

/** Interface language: follow the browser (default), or always Chinese or English. */
export const LANGUAGE_SETTINGS = ['auto', 'zh', 'en'] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];
export const languageItem = storage.defineItem<LanguageSetting>('sync:language', { fallback: 'auto' });

/** Colour theme of the sidebar and the options page: follow the system (default), or fixed. */
export const THEME_SETTINGS = ['system', 'light', 'dark'] as const;
export type ThemeSetting = (typeof THEME_SETTINGS)[number];
export const themeItem = storage.defineItem<ThemeSetting>('sync:theme', { fallback: 'system' });

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

/** A stored value from an older version or another tool, checked before use (storage is a trust boundary). */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
