import { html } from 'hono/html';
import type { AnalyzeResponse, Quote, ShareRecord } from '../../shared/schema/index.ts';
import { textFragmentUrl } from '../share/text-fragment.ts';

/**
 * The shared-analysis page (`GET /s/:id`) and its 404. Rendered on the Worker with Hono's `html`
 * tag, which escapes every interpolated string — in text and in attributes alike — so titles,
 * quotes and URLs from a share can never become markup. No script at all, and no inline style: the
 * CSP allows only our own /share-page.css (a static asset built by scripts/build-web.ts).
 *
 * `data-part` names are what the tests (and the extension's e2e test) look for; keep them stable.
 */

/** Interface words, by the analysis's language: a Chinese article gets Chinese headings. */
const LABELS = {
  zh: {
    summary: '摘要',
    outline: '提纲',
    speakers: '发言人',
    organisations: '机构发言',
    terms: '关键词',
    original: '阅读原文',
    sharedWith: '由 Article Lens（文章透镜）分享',
    expires: '有效期至',
    statements: (count: number) => `${count} 处发言`,
  },
  en: {
    summary: 'Summary',
    outline: 'Outline',
    speakers: 'Speakers',
    organisations: 'Organisations',
    terms: 'Key terms',
    original: 'Read the original article',
    sharedWith: 'Shared with Article Lens',
    expires: 'Expires',
    statements: (count: number) => (count === 1 ? '1 statement' : `${count} statements`),
  },
} as const;

/** A BCP 47 tag as far as `<html lang>` needs ("zh", "zh-CN", "en-GB"); anything else is "und". */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;
/** A calendar date at the start of an ISO 8601 value: shown without the time of day. */
const ISO_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;
/** How much of the first summary sentence a link preview gets; platforms cut around 200 anyway. */
const MAX_DESCRIPTION_CHARS = 200;
/** The separator between source, date and authors, and between role and organisation. */
const DOT = ' · ';

type Labels = (typeof LABELS)[keyof typeof LABELS];

/**
 * The page for one share: title, source and date, summary, outline (each item linking to its place
 * in the article), speakers with their quotes (each linking to the quote), and key terms.
 *
 * @example c.html(sharePage(record, { pageUrl: 'https://lens.example/s/q3Z0v9Xh1cL8bW2mN5rT7g' }))
 */
export function sharePage(record: ShareRecord, options: { pageUrl: string }) {
  const { analysis, url } = record;
  const lang = LANGUAGE_TAG.test(analysis.lang) ? analysis.lang : 'und';
  const labels: Labels = lang.toLowerCase().startsWith('zh') ? LABELS.zh : LABELS.en;
  const title = analysis.title.trim() || url;
  const description = shorten(analysis.summary[0]?.text ?? analysis.outline[0]?.gist ?? '', MAX_DESCRIPTION_CHARS);
  // No text: the article itself, or no link at all when its URL is not http(s).
  const articleLink = textFragmentUrl(url, '', lang);
  const byline = [analysis.meta.source, analysis.meta.publishedAt && displayDate(analysis.meta.publishedAt), analysis.meta.authors.join('、')]
    .filter((part): part is string => Boolean(part))
    .join(DOT);

  return html`<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <meta name="robots" content="noindex">
    <title>${title} · Article Lens</title>
    <meta name="description" content="${description}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="${title}">
    <meta property="og:description" content="${description}">
    <meta property="og:url" content="${options.pageUrl}">
    <meta property="og:site_name" content="Article Lens">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:title" content="${title}">
    <meta name="twitter:description" content="${description}">
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/share-page.css">
  </head>
  <body>
    <main class="share">
      <header class="share-header">
        <p class="brand">Article Lens <span lang="zh">文章透镜</span></p>
        <h1 data-part="title">${title}</h1>
        ${byline ? html`<p class="byline" data-part="byline">${byline}</p>` : ''}
        ${articleLink ? html`<p class="original"><a href="${articleLink}" rel="noopener noreferrer">${labels.original} ↗</a></p>` : ''}
      </header>
      ${summarySection(analysis, labels)}
      ${outlineSection(record, lang, labels)}
      ${speakersSection(record, lang, labels)}
      ${termsSection(analysis, labels)}
    </main>
    <footer class="share-footer">${labels.sharedWith}${DOT}${labels.expires} ${displayDate(record.expiresAt)}</footer>
  </body>
</html>`;
}

/** The page for an unknown, expired or deleted share: same headers and styles, nothing echoed back. */
export function shareNotFoundPage() {
  return html`<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <meta name="robots" content="noindex">
    <title>分享不存在 · Share not found · Article Lens</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/share-page.css">
  </head>
  <body>
    <main class="share not-found" data-part="not-found">
      <p class="brand">Article Lens <span lang="zh">文章透镜</span></p>
      <h1>分享不存在 <span lang="en">Share not found</span></h1>
      <p>这个分享链接不存在、已过期或已被删除。</p>
      <p lang="en">This share link does not exist, has expired, or was deleted.</p>
      <p><a href="/">Article Lens</a></p>
    </main>
  </body>
</html>`;
}

function summarySection(analysis: AnalyzeResponse, labels: Labels) {
  if (analysis.summary.length === 0) return '';
  return html`<section class="summary" data-part="summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">${labels.summary}</h2>
        ${analysis.summary.map((sentence) => html`<p>${sentence.text}</p>`)}
      </section>`;
}

function outlineSection(record: ShareRecord, lang: string, labels: Labels) {
  const { outline } = record.analysis;
  if (outline.length === 0) return '';
  const items = outline.map((item) => {
    // A "topic" title is ours, not the page's: link to its gist, a sentence that is on the page.
    const anchorText = item.kind === 'topic' && item.gist ? item.gist : item.title;
    return html`<li class="outline-item level-${item.level}" data-part="outline-item">
          ${linkedText(textFragmentUrl(record.url, anchorText, lang), item.title, 'outline-title')}
          ${item.gist ? html`<p class="gist">${item.gist}</p>` : ''}
        </li>`;
  });
  return html`<section class="outline" data-part="outline" aria-labelledby="outline-heading">
        <h2 id="outline-heading">${labels.outline}</h2>
        <ol>${items}</ol>
      </section>`;
}

function speakersSection(record: ShareRecord, lang: string, labels: Labels) {
  const { speakers, orgSpeakers } = record.analysis;
  if (speakers.length === 0 && orgSpeakers.length === 0) return '';
  const people = speakers.map((speaker) => {
    const role = [speaker.role, speaker.org].filter((part): part is string => Boolean(part)).join(DOT);
    return speakerItem(record.url, lang, labels, speaker.name, role, speaker.quotes);
  });
  const organisations = orgSpeakers.map((org) => speakerItem(record.url, lang, labels, org.name, '', org.quotes));
  return html`<section class="speakers" data-part="speakers" aria-labelledby="speakers-heading">
        <h2 id="speakers-heading">${labels.speakers}</h2>
        ${people.length > 0 ? html`<ul class="speaker-list">${people}</ul>` : ''}
        ${organisations.length > 0 ? html`<h3 class="subheading">${labels.organisations}</h3><ul class="speaker-list">${organisations}</ul>` : ''}
      </section>`;
}

function speakerItem(url: string, lang: string, labels: Labels, name: string, role: string, quotes: Quote[]) {
  return html`<li class="speaker" data-part="speaker">
          <p class="speaker-name" data-part="speaker-name">${name}</p>
          <p class="speaker-role">${role ? html`${role}${DOT}` : ''}${labels.statements(quotes.length)}</p>
          <ul class="quotes">${quotes.map(
            (quote) => html`<li><blockquote class="quote" data-part="quote">${linkedText(textFragmentUrl(url, quote.text, lang), quote.text)}</blockquote></li>`,
          )}</ul>
        </li>`;
}

function termsSection(analysis: AnalyzeResponse, labels: Labels) {
  if (analysis.terms.length === 0) return '';
  return html`<section class="terms" data-part="terms" aria-labelledby="terms-heading">
        <h2 id="terms-heading">${labels.terms}</h2>
        <ul class="term-list">${analysis.terms.map((term) => html`<li class="term" data-part="term">${term.term}</li>`)}</ul>
      </section>`;
}

/** `text` as a link to `href` into the article, or as plain text when there is no safe link. */
function linkedText(href: string | null, text: string, className = '') {
  const classAttribute = className ? html` class="${className}"` : '';
  return href ? html`<a${classAttribute} href="${href}" rel="noopener noreferrer">${text}</a>` : html`<span${classAttribute}>${text}</span>`;
}

/** "2023-09-26T08:00:00+08:00" → "2023-09-26"; anything that is not ISO is shown as it is. */
function displayDate(value: string): string {
  return ISO_DATE_PREFIX.exec(value)?.[0] ?? value;
}

function shorten(text: string, maxChars: number): string {
  const trimmed = text.trim();
  return trimmed.length <= maxChars ? trimmed : `${trimmed.slice(0, maxChars - 1).trimEnd()}…`;
}
