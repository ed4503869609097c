/**
 * Which interface language to use. The browser's i18n API (`browser.i18n`) always answers in the
 * browser's own language, and the reader may choose another one on the options page, so the runtime
 * strings come from our two tables (sidebar/labels.ts) and only the choice "follow the browser" asks
 * the browser. Manifest strings (name, description, shortcut) come from public/_locales.
 */
import type { Locale } from './sidebar/labels.ts';
import { localeFor } from './sidebar/labels.ts';
import type { LanguageSetting } from './settings.ts';

/**
 * @example interfaceLocale('auto', 'zh-CN') // 'zh'
 * @example interfaceLocale('en', 'zh-CN')   // 'en'
 */
export function interfaceLocale(setting: LanguageSetting, browserLanguage: string | undefined): Locale {
  return setting === 'auto' ? localeFor(browserLanguage) : setting;
}
