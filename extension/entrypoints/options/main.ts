/**
 * Options: the Worker URL, the launcher behaviour, the interface language and the theme — each a WXT
 * storage item that open sidebars watch, so a change applies at once. The page itself follows the
 * language and theme settings too.
 *
 * Saving a Worker URL outside the manifest's grant first asks the browser for that origin
 * (permissions.request must run inside the click, before any await), then stores the URL and checks
 * the Worker's /health so the reader knows at once whether it is reachable. Radio choices save on change.
 */
import { browser } from 'wxt/browser';
import { interfaceLocale } from '../../interface-locale.ts';
import type { Locale } from '../../sidebar/labels.ts';
import { LANGUAGE_SETTINGS, LAUNCHER_MODES, THEME_SETTINGS, oneOf } from '../../settings.ts';
import { DEFAULT_WORKER_URL, languageItem, launcherItem, themeItem, workerUrlItem } from '../../storage.ts';
import { normalizeWorkerUrl, originPatternFor } from '../../worker-url.ts';
import { OPTIONS_TEXT, type OptionsText } from './options-text.ts';

const form = document.querySelector<HTMLFormElement>('#worker-form');
const input = document.querySelector<HTMLInputElement>('#worker-url');
const reset = document.querySelector<HTMLButtonElement>('#reset');
const statusLine = document.querySelector<HTMLElement>('#status');
const savedLine = document.querySelector<HTMLElement>('#saved');
if (!form || !input || !reset || !statusLine || !savedLine) throw new Error('options page markup changed: a control is missing');
const status: HTMLElement = statusLine;
const saved: HTMLElement = savedLine;

const browserLanguage = browser.i18n?.getUILanguage?.() ?? navigator.language;
let text: OptionsText = OPTIONS_TEXT.en;

function say(message: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = message;
  status.dataset.kind = kind;
}

/** Puts every [data-text] element, the title and <html lang> in the interface language. */
function applyLocale(locale: Locale): void {
  text = OPTIONS_TEXT[locale];
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  document.title = text.title;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const value = text[element.dataset.text as keyof OptionsText];
    if (typeof value === 'string') element.textContent = value;
  }
}

function applyTheme(theme: string): void {
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.dataset.theme = theme;
}

/** Wires one radio group to one storage item: checked from storage, saved on change, kept in step. */
function bindRadios<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T,
  item: { getValue(): Promise<T>; setValue(value: T): Promise<void>; watch(cb: (value: T) => void): () => void },
  onValue: (value: T) => void,
): void {
  const radios = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
  const show = (value: unknown) => {
    const checked = oneOf(allowed, value, fallback);
    for (const radio of radios) radio.checked = radio.value === checked;
    onValue(checked);
  };
  void item.getValue().then(show);
  item.watch(show);
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      const value = oneOf(allowed, radio.value, fallback);
      void item.setValue(value).then(() => {
        saved.textContent = text.settingSaved;
      });
    });
  }
}

bindRadios('launcher', LAUNCHER_MODES, 'show', launcherItem, () => {});
bindRadios('language', LANGUAGE_SETTINGS, 'auto', languageItem, (value) => applyLocale(interfaceLocale(value, browserLanguage)));
bindRadios('theme', THEME_SETTINGS, 'system', themeItem, applyTheme);

void workerUrlItem.getValue().then((url) => {
  input.value = url;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const workerUrl = normalizeWorkerUrl(input.value);
  if (!workerUrl) {
    say(text.invalidUrl, 'error');
    return;
  }
  const pattern = originPatternFor(workerUrl);
  // Called synchronously in the submit handler: browsers only show the prompt during a user gesture.
  const permission = pattern ? browser.permissions.request({ origins: [pattern] }) : Promise.resolve(true);
  void permission.then(async (granted) => {
    if (!granted) {
      say(text.notSavedPermission(pattern ?? workerUrl), 'error');
      return;
    }
    await workerUrlItem.setValue(workerUrl);
    input.value = workerUrl;
    say(text.checking(workerUrl));
    say(await healthMessage(workerUrl), 'info');
  }, (error: unknown) => say(text.notSaved(error instanceof Error ? error.message : String(error)), 'error'));
});

reset.addEventListener('click', () => {
  input.value = DEFAULT_WORKER_URL;
  form.requestSubmit();
});

async function healthMessage(workerUrl: string): Promise<string> {
  try {
    const response = await fetch(`${workerUrl}/health`, { signal: AbortSignal.timeout(5_000) });
    return response.ok ? text.reachable(workerUrl) : text.answered(workerUrl, response.status);
  } catch {
    return text.unreachable(workerUrl);
  }
}
