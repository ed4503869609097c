/**
 * "Save as image": the outline as a PNG card for chat apps, drawn on a canvas in the page (no server,
 * nothing leaves the browser). Title, byline, each section with its gist, and the article's host at
 * the bottom; lines are broken by wrapText (CJK-aware), so Chinese and English both fill the width.
 *
 * @example
 *   const canvas = drawOutlineCard(analysis, location.href, LABELS.zh);
 *   downloadCanvas(canvas, 'outline.png', shadowRoot);
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

export function drawOutlineCard(analysis: AnalyzeResponse, url: string, labels: Labels): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d context unavailable');
  const lines = layOut(analysis, url, labels, context);
  const height = Math.ceil(PADDING + lines.reduce((sum, line) => sum + line.advance, 0) + PADDING * 0.75);
  canvas.width = WIDTH;
  canvas.height = height;
  // Resizing resets the context, so paint only now.
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

/** Marks a horizontal rule in the line list. */
const RULE = '\u0000rule';

function layOut(analysis: AnalyzeResponse, url: string, labels: Labels, context: CanvasRenderingContext2D): TextLine[] {
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

/**
 * Downloads a canvas as a PNG through a temporary <a download> with a blob URL, placed in our own
 * shadow root so the page's DOM is not touched. Resolves false when the browser cannot encode it.
 */
export function downloadCanvas(canvas: HTMLCanvasElement, fileName: string, scratch: ShadowRoot): Promise<boolean> {
  return new Promise((resolve) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        resolve(false);
        return;
      }
      const href = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = href;
      link.download = fileName;
      link.hidden = true;
      scratch.append(link);
      link.click();
      link.remove();
      // The download has taken its copy once click() returns; free the blob a little later.
      window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
      resolve(true);
    }, 'image/png');
  });
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
