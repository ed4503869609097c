/**
 * "Save as image": the outline as a PNG card for chat apps, drawn on an OffscreenCanvas in the
 * background (no server, nothing leaves the browser; and not in the content script, which every page
 * parses and which has a size budget). Title, byline, each section with its gist, and the article's
 * host at the bottom; lines are broken by wrapText (CJK-aware), so Chinese and English both fill the
 * width. The content script turns the returned data URL into a download.
 *
 * @example
 *   const dataUrl = await outlineCardDataUrl(analysis, 'https://example.com/a', LABELS.zh);
 */
import type { AnalyzeResponse } from '../../shared/schema/index.ts';
import type { Labels } from '../sidebar/labels.ts';
import { wrapText } from './wrap-text.ts';

/** 1080 px wide: what chat apps show at full width without scaling it down to mush. */
const WIDTH = 1080;
const PADDING = 72;
const CONTENT_WIDTH = WIDTH - PADDING * 2;
/** The sidebar's font stack: Latin UI font first, then each platform's CJK font (see sidebar/styles.css). */
const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
/** More sections than this make a poster, not a card; the rest is summarised as "+ n more". */
const MAX_ITEMS = 14;
const COLORS = { background: '#ffffff', text: '#1f2328', muted: '#59636e', accent: '#0a5bc4', rule: '#d1d9e0' };

interface TextLine {
  text: string;
  font: string;
  color: string;
  /** Distance from the previous line's baseline. */
  advance: number;
  indent: number;
}

/** Draws the card and encodes it as a `data:image/png;base64,…` URL (messages carry strings, not blobs). */
export async function outlineCardDataUrl(analysis: AnalyzeResponse, url: string, labels: Labels): Promise<string> {
  const blob = await drawOutlineCard(analysis, url, labels).convertToBlob({ type: 'image/png' });
  return `data:image/png;base64,${toBase64(new Uint8Array(await blob.arrayBuffer()))}`;
}

export function drawOutlineCard(analysis: AnalyzeResponse, url: string, labels: Labels): OffscreenCanvas {
  // Measure on a scratch canvas first: the height depends on how the text wraps.
  const scratch = new OffscreenCanvas(1, 1).getContext('2d');
  if (!scratch) throw new Error('canvas 2d context unavailable');
  const lines = layOut(analysis, url, labels, scratch);
  const height = Math.ceil(PADDING + lines.reduce((sum, line) => sum + line.advance, 0) + PADDING * 0.75);
  const canvas = new OffscreenCanvas(WIDTH, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d context unavailable');
  context.fillStyle = COLORS.background;
  context.fillRect(0, 0, WIDTH, height);
  context.fillStyle = COLORS.accent;
  context.fillRect(0, 0, WIDTH, 10);
  context.textBaseline = 'alphabetic';
  let y = PADDING;
  for (const line of lines) {
    y += line.advance;
    if (line.text === '') continue;
    if (line.text === RULE) {
      context.fillStyle = COLORS.rule;
      context.fillRect(PADDING, y - line.advance / 2, CONTENT_WIDTH, 2);
      continue;
    }
    context.font = line.font;
    context.fillStyle = line.color;
    context.fillText(line.text, PADDING + line.indent, y);
  }
  return canvas;
}

/** Bytes per String.fromCharCode call: well under every engine's argument limit. */
const BASE64_CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += BASE64_CHUNK) binary += String.fromCharCode(...bytes.subarray(at, at + BASE64_CHUNK));
  return btoa(binary);
}

/** Marks a horizontal rule in the line list. */
const RULE = '\u0000rule';

function layOut(analysis: AnalyzeResponse, url: string, labels: Labels, context: OffscreenCanvasRenderingContext2D): TextLine[] {
  const lines: TextLine[] = [];
  const add = (text: string, size: number, weight: number, color: string, options: { indent?: number; gap?: number; maxLines?: number; lineHeight?: number } = {}) => {
    const font = `${weight} ${size}px ${FONT_STACK}`;
    context.font = font;
    const indent = options.indent ?? 0;
    const wrapped = wrapText(text, CONTENT_WIDTH - indent, (candidate) => context.measureText(candidate).width, options.maxLines);
    wrapped.forEach((wrappedLine, index) => {
      const advance = Math.round(size * (options.lineHeight ?? 1.45)) + (index === 0 ? options.gap ?? 0 : 0);
      lines.push({ text: wrappedLine, font, color, advance, indent });
    });
  };

  add(labels.outline.toUpperCase(), 22, 700, COLORS.accent, { gap: 8 });
  add(analysis.title || labels.appName, 44, 700, COLORS.text, { gap: 18, maxLines: 4, lineHeight: 1.35 });
  const byline = [analysis.meta.source, analysis.meta.publishedAt].filter(Boolean).join(' · ');
  if (byline) add(byline, 24, 400, COLORS.muted, { gap: 10 });
  lines.push({ text: RULE, font: '', color: '', advance: 48, indent: 0 });

  const items = analysis.outline.slice(0, MAX_ITEMS);
  const top = Math.min(...items.map((item) => item.level));
  items.forEach((item, position) => {
    const indent = Math.min(item.level - top, 2) * 32;
    add(`${position + 1}. ${item.title}`, 30, 650, COLORS.text, { indent, gap: position === 0 ? 0 : 18, maxLines: 3 });
    if (item.gist) add(item.gist, 24, 400, COLORS.muted, { indent: indent + 36, gap: 4, maxLines: 2, lineHeight: 1.5 });
  });
  if (analysis.outline.length > MAX_ITEMS) add(`+ ${analysis.outline.length - MAX_ITEMS}`, 24, 400, COLORS.muted, { gap: 12 });
  if (items.length === 0) add(labels.noOutline, 26, 400, COLORS.muted);

  lines.push({ text: RULE, font: '', color: '', advance: 56, indent: 0 });
  add(`${hostOf(url)}${hostOf(url) ? ' · ' : ''}${labels.cardFooter}`, 22, 400, COLORS.muted);
  return lines;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** Runs of characters that are not letters or digits (any script): become one dash in a file name. */
const NOT_WORD_RUN = /[^\p{L}\p{N}]+/gu;
/** Dashes at either end of a file name. */
const EDGE_DASHES = /^-+|-+$/g;

/** A file name from the article title: letters, digits and CJK kept, the rest dashes; "outline" if empty. */
export function cardFileName(title: string): string {
  const base = title.replace(NOT_WORD_RUN, '-').replace(EDGE_DASHES, '').slice(0, 60);
  return `${base || 'outline'}.png`;
}
