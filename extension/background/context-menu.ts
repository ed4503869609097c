/**
 * The page context menu's "Summarize this article". Its title follows the interface-language setting
 * (not only the browser's language), so it is set from the sidebar's label tables and updated when the
 * setting changes. Created on install/update and on browser start-up (menus do not survive a restart
 * of an MV2 background page; removeAll first keeps the create idempotent).
 */
import { browser } from 'wxt/browser';
import { interfaceLocale } from '../interface-locale.ts';
import { LABELS } from '../sidebar/labels.ts';
import { LANGUAGE_SETTINGS, oneOf } from '../settings.ts';
import { languageItem } from '../storage.ts';

export const CONTEXT_MENU_ID = 'article-lens-summarize';

export async function menuTitle(): Promise<string> {
  const setting = oneOf(LANGUAGE_SETTINGS, await languageItem.getValue(), 'auto');
  return LABELS[interfaceLocale(setting, browser.i18n.getUILanguage())].menuSummarize;
}

export async function createContextMenu(): Promise<void> {
  const title = await menuTitle();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: CONTEXT_MENU_ID, title, contexts: ['page', 'selection'] });
}

/** Keeps the title in the chosen language; returns the unwatch function. */
export function watchMenuLanguage(): () => void {
  return languageItem.watch(() => {
    void menuTitle().then((title) => browser.contextMenus.update(CONTEXT_MENU_ID, { title })).catch(() => {});
  });
}
