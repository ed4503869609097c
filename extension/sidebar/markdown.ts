/**
 * The analysis as Markdown for chat, notes and issues: title linked to the article, summary, outline
 * with gists, speakers with roles, key terms. Pure (no DOM), so it is tested in Node and reused anywhere.
 *
 * @example
 *   analysisToMarkdown({ analysis, url: 'https://example.com/a' })
 *   // "# [Title](https://example.com/a)\n\n## Summary\n…"
 */
import type { AnalyzeResponse } from '../../shared/schema/index.ts';
import { LABELS, type Locale } from './labels.ts';

export interface MarkdownSource {
  analysis: AnalyzeResponse;
  /** The article's address; linked from the title when it is http(s). */
  url?: string;
  locale?: Locale;
}

/** Characters that start Markdown syntax anywhere in a line (emphasis, links, code, HTML, tables). */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~]/g;
/** A line start that Markdown would read as a heading, list or rule marker ("#", "+", "-", "="). */
const BLOCK_MARKER_START = /^[#+\-=]/;
/** A line start that Markdown would read as an ordered-list marker ("1." or "1)"): escape the dot. */
const ORDERED_MARKER_START = /^(\d+)([.)])/;
/** Runs of whitespace, newlines included: one article sentence must stay on one Markdown line. */
const WHITESPACE_RUN = /\s+/g;
/** URL characters that would end or break a Markdown link target. */
const LINK_BREAKERS = /[()<>\s]/g;

export function analysisToMarkdown({ analysis, url, locale = 'en' }: MarkdownSource): string {
  const labels = LABELS[locale];
  const link = safeLink(url);
  const title = escapeText(analysis.title) || link || labels.appName;
  const lines: string[] = [link ? `# [${title}](${link})` : `# ${title}`];

  const byline = [
    analysis.meta.source,
    analysis.meta.publishedAt,
    analysis.meta.authors.join(locale === 'zh' ? '、' : ', ') || null,
  ].filter((part): part is string => Boolean(part));
  if (byline.length > 0) lines.push('', escapeText(byline.join(' · ')));

  if (analysis.summary.length > 0) {
    const joiner = analysis.lang.startsWith('zh') ? '' : ' ';
    lines.push('', `## ${labels.summary}`, '', escapeText(analysis.summary.map((sentence) => sentence.text).join(joiner)));
  }

  if (analysis.outline.length > 0) {
    const top = Math.min(...analysis.outline.map((item) => item.level));
    lines.push('', `## ${labels.outline}`, '');
    for (const item of analysis.outline) {
      const indent = '  '.repeat(item.level - top);
      const gist = item.gist ? ` — ${escapeText(item.gist)}` : '';
      lines.push(`${indent}- **${escapeText(item.title)}**${gist}`);
    }
  }

  if (analysis.speakers.length > 0) {
    lines.push('', `## ${labels.speakers}`, '');
    for (const speaker of analysis.speakers) {
      const position = [speaker.role, speaker.org].filter((part): part is string => Boolean(part)).join(' · ');
      const positionText = position ? ` (${escapeText(position)})` : '';
      lines.push(`- **${escapeText(speaker.name)}**${positionText} — ${labels.statements(speaker.quotes.length)}`);
      for (const quote of speaker.quotes) {
        lines.push(`  - ${quote.direct ? `“${escapeText(quote.text)}”` : escapeText(quote.text)}`);
      }
    }
  }

  if (analysis.terms.length > 0) {
    lines.push('', `## ${labels.terms}`, '', analysis.terms.map((term) => escapeText(term.term)).join(' · '));
  }

  return `${lines.join('\n')}\n`;
}

/** Article text as literal Markdown text: on one line, with syntax characters escaped. */
export function escapeText(text: string): string {
  return text
    .replace(WHITESPACE_RUN, ' ')
    .trim()
    .replace(MARKDOWN_SPECIAL, (char) => `\\${char}`)
    .replace(BLOCK_MARKER_START, (marker) => `\\${marker}`)
    .replace(ORDERED_MARKER_START, (_match, digits: string, marker: string) => `${digits}\\${marker}`);
}

/** An http(s) URL made safe as a link target, or null (other schemes, such as javascript:, are dropped). */
function safeLink(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(LINK_BREAKERS, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
