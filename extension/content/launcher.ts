import { LABELS, type Locale } from '../sidebar/labels.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Launcher text per interface language: short, since it sits over the page. */
const LAUNCHER_TEXT: Record<Locale, { text: string; label: string }> = {
  en: { text: 'Outline', label: 'Open Article Lens: summary, outline and who said what' },
  zh: { text: '提纲', label: '打开 Article Lens:摘要、提纲和发言人' },
};

/**
 * The small button shown on article pages; `data-part="launcher"` is what tests click.
 *
 * Only the reader's own clicks open it (a mouse, a tap, Enter or Space on the focused button: the
 * browser marks those `isTrusted`). The shadow root is open, so a page script could call `.click()` on
 * this button; that click is not trusted and is ignored, because opening sends the article to the Worker
 * and the reader has not asked (issue 6: nothing from the page is trusted).
 */
export function createLauncher(locale: Locale, onOpen: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'al-sidebar al-launcher';
  button.dataset.part = 'launcher';
  button.append(lensIcon(), document.createTextNode(''));
  setLauncherLocale(button, locale);
  button.addEventListener('click', (event) => {
    if (event.isTrusted) onOpen();
  });
  return button;
}

/** Puts the launcher's words in another interface language (the setting changed). */
export function setLauncherLocale(button: HTMLButtonElement, locale: Locale): void {
  button.setAttribute('aria-label', LAUNCHER_TEXT[locale].label);
  button.title = LABELS[locale].appName;
  const text = button.lastChild;
  if (text?.nodeType === Node.TEXT_NODE) text.textContent = LAUNCHER_TEXT[locale].text;
}

/** Three outline lines under a lens, drawn with DOM calls (no markup strings). */
function lensIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '2');
  svg.setAttribute('stroke-linecap', 'round');
  for (const d of ['M4 6h9', 'M4 11h6', 'M4 16h5', 'M16.5 17.5l3.5 3.5']) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  const circle = document.createElementNS(SVG_NS, 'circle');
  for (const [name, value] of [['cx', '15'], ['cy', '14'], ['r', '4']] as const) circle.setAttribute(name, value);
  svg.append(circle);
  return svg;
}
