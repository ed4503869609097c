/**
 * The reader's settings as plain data: their storage keys, allowed values and defaults. The options
 * page and the background use them through WXT storage items (storage.ts); the content script reads and
 * watches the same keys with the bare `browser.storage` API (content/watch-settings.ts), because the
 * storage library would cost about 3.5 KB gzipped on every page under the content script's budget.
 */

/** Storage area of every setting: `sync`, so the choices follow the reader across browsers. */
export const SETTINGS_AREA = 'sync';

/**
 * What happens on a page detection judges an article: show the small launcher (default), open the
 * sidebar at once (the reader then agrees to send every article to the Worker), or nothing (the toolbar
 * button, the shortcut and the context menu still work).
 */
export const LAUNCHER_MODES = ['show', 'auto', 'never'] as const;
export type LauncherMode = (typeof LAUNCHER_MODES)[number];

/** Interface language: follow the browser (default), or always Chinese or English. */
export const LANGUAGE_SETTINGS = ['auto', 'zh', 'en'] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/** Colour theme of the sidebar and the options page: follow the system (default), or fixed. */
export const THEME_SETTINGS = ['system', 'light', 'dark'] as const;
export type ThemeSetting = (typeof THEME_SETTINGS)[number];

/** Storage key, allowed values and default of each setting the sidebar follows. */
export const SETTINGS = {
  launcher: { key: 'launcher', allowed: LAUNCHER_MODES, fallback: 'show' },
  language: { key: 'language', allowed: LANGUAGE_SETTINGS, fallback: 'auto' },
  theme: { key: 'theme', allowed: THEME_SETTINGS, fallback: 'system' },
} as const;

/** A stored value from an older version or another tool, checked before use (storage is a trust boundary). */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
