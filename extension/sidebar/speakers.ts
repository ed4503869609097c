import type { AnalyzeResponse, Quote, Speaker } from '../../shared/schema/index.ts';
import { el, emptyNote, panel } from './dom.ts';
import type { Labels } from './labels.ts';
import type { SidebarActions } from './types.ts';

/**
 * Who said what: each speaker with role · organisation and how many statements, the quotes behind a
 * native <details> (keyboard and screen-reader support for free). Organisations that speak as a body
 * follow under their own heading.
 */
export function renderSpeakersPanel(analysis: AnalyzeResponse, labels: Labels, actions: SidebarActions): HTMLElement {
  const people = analysis.speakers.map((speaker) => renderSpeaker(speaker, 'person', labels, actions));
  const organisations = analysis.orgSpeakers.map((org) =>
    renderSpeaker({ name: org.name, aliases: [], role: null, org: null, quotes: org.quotes }, 'organisation', labels, actions));
  if (people.length === 0 && organisations.length === 0) return panel('speakers', labels.speakers, [emptyNote(labels.noSpeakers)]);
  return panel('speakers', labels.speakers, [
    ...(people.length > 0 ? [el('ul', { className: 'al-speakers', attrs: { lang: analysis.lang } }, people)] : []),
    ...(organisations.length > 0
      ? [el('h3', { className: 'al-subtitle' }, [labels.organisations]),
         el('ul', { className: 'al-speakers', attrs: { lang: analysis.lang } }, organisations)]
      : []),
  ]);
}

function renderSpeaker(speaker: Speaker, kind: 'person' | 'organisation', labels: Labels, actions: SidebarActions): HTMLElement {
  const position = [speaker.role, speaker.org].filter((part): part is string => Boolean(part)).join(' · ');
  const head = el('div', { className: 'al-speaker-head' }, [
    el('span', { className: 'al-speaker-name' }, [speaker.name]),
    el('span', { className: 'al-speaker-count' }, [labels.statements(speaker.quotes.length)]),
  ]);
  const children: HTMLElement[] = [head];
  if (position) children.push(el('div', { className: 'al-speaker-position' }, [position]));
  if (speaker.quotes.length > 0) {
    children.push(el('details', { className: 'al-quotes' }, [
      el('summary', {}, [`${labels.showQuotes} (${speaker.quotes.length})`]),
      el('ol', {}, speaker.quotes.map((quote) => el('li', {}, [renderQuote(quote, labels, actions)]))),
    ]));
  }
  return el('li', { className: 'al-speaker', attrs: { 'data-speaker-kind': kind } }, children);
}

function renderQuote(quote: Quote, labels: Labels, actions: SidebarActions): HTMLElement {
  const { onQuoteClick } = actions;
  // Direct speech keeps its quotation marks; reported speech is shown as reported.
  const text = quote.direct ? `“${quote.text}”` : quote.text;
  const className = quote.direct ? 'al-quote al-quote-direct' : 'al-quote';
  return onQuoteClick
    ? el('button', { className, attrs: { type: 'button', title: labels.quoteHint }, onClick: () => onQuoteClick(quote.blockId, quote.start, quote.end) }, [text])
    : el('blockquote', { className }, [text]);
}
