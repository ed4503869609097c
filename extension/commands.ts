/**
 * The keyboard command that opens the sidebar. Declared in the manifest (wxt.config.ts) with a
 * suggested key the reader can change on chrome://extensions/shortcuts (Firefox: about:addons →
 * Manage Extension Shortcuts); handled in the background.
 */
export const OPEN_COMMAND = 'open-article-lens';

/** Alt+Shift+L: L for Lens; free in Chrome's and Firefox's own shortcuts. */
export const OPEN_COMMAND_KEY = 'Alt+Shift+L';
