/**
 * The settings an open sidebar follows (launcher, language, theme), read and watched with the bare
 * `browser.storage` API under the same keys as the WXT storage items the options page writes (see
 * settings.ts for why the content script does not load the storage library). Every value is checked
 * against its allowed values: storage is written by other code too.
 */
import { browser } from 'wxt/browser';
import { SETTINGS, SETTINGS_AREA, oneOf, type LanguageSetting, type LauncherMode, type ThemeSetting } from '../settings.ts';

export interface StoredSettings {
  launcher: LauncherMode;
  language: LanguageSetting;
  theme: ThemeSetting;
}

const KEYS = [SETTINGS.launcher.key, SETTINGS.language.key, SETTINGS.theme.key];

function parse(values: Record<string, unknown>): StoredSettings {
  return {
    launcher: oneOf(SETTINGS.launcher.allowed, values[SETTINGS.launcher.key], SETTINGS.launcher.fallback),
    language: oneOf(SETTINGS.language.allowed, values[SETTINGS.language.key], SETTINGS.language.fallback),
    theme: oneOf(SETTINGS.theme.allowed, values[SETTINGS.theme.key], SETTINGS.theme.fallback),
  };
}

export async function readSettings(): Promise<StoredSettings> {
  return parse(await browser.storage[SETTINGS_AREA].get(KEYS));
}

/** Calls `onChange` with the settings that changed; returns the function that stops watching. */
export function watchSettings(onChange: (changed: Partial<StoredSettings>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== SETTINGS_AREA) return;
    const keys = KEYS.filter((key) => Object.hasOwn(changes, key));
    if (keys.length === 0) return;
    const parsed = parse(Object.fromEntries(keys.map((key) => [key, changes[key]?.newValue])));
    onChange(Object.fromEntries(keys.map((key) => [key, parsed[key as keyof StoredSettings]])) as Partial<StoredSettings>);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
