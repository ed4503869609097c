/**
 * The sidebar's only way to build DOM. Text goes in through `textContent`, never as HTML, because
 * everything the sidebar shows comes from a web page or a server.
 *
 * @example
 *   el('button', { className: 'chip', attrs: { type: 'button' } }, [term.term])
 */
export interface ElementOptions {
  className?: string;
  /** Stable name for tests and the host (`data-part`). */
  part?: string;
  attrs?: Record<string, string>;
  onClick?: (event: Event) => void;
}

/**
 * Which clicks reach a control's handler. Everything by default (the Worker's paste page, where every
 * script is ours). The extension's overlay narrows it to the reader's own input: its shadow root is
 * open, and a page script that moves a control out of it — past the overlay's capture listener on the
 * shadow root — could otherwise `.click()` it and send the article without the reader asking.
 */
let acceptClick: (event: Event) => boolean = () => true;

/** Sets which clicks the sidebar's controls act on (see `acceptClick`), for every control built after. */
export function acceptClicks(accept: (event: Event) => boolean): void {
  acceptClick = accept;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.part) element.dataset.part = options.part;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  const onClick = options.onClick;
  if (onClick) element.addEventListener('click', (event) => {
    if (acceptClick(event)) onClick(event);
  });
  for (const child of children) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

/** A panel: a labelled region with a heading, so screen readers can jump between panels. */
export function panel(part: string, title: string, body: (Node | string)[]): HTMLElement {
  const headingId = `article-lens-${part}-heading`;
  return el('section', { className: 'al-panel', part, attrs: { 'aria-labelledby': headingId } }, [
    el('h2', { className: 'al-panel-title', attrs: { id: headingId } }, [title]),
    ...body,
  ]);
}

/** A quiet line for an empty panel. */
export function emptyNote(text: string): HTMLElement {
  return el('p', { className: 'al-empty' }, [text]);
}
