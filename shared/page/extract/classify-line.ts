import { BOILERPLATE_LINE_PATTERNS, CAPTION_LINE, META_LINE_PATTERNS, META_LINE_TRAILING_CONTROLS } from '../lang/news-markers.ts';
import { readingLength } from '../text/reading-length.ts';
import { DATED_INFO_LINE, FURNITURE_LINES, MAX_DATED_INFO_LINE } from './furniture-markers.ts';

/** Longest line (reading length) that can be a meta line: an info line is one short row. */
const MAX_META_LENGTH = 240;
/** Longest line that can be boilerplate: copyright footers and share bars are short. */
const MAX_BOILERPLATE_LENGTH = 300;

/** A source / date / byline / editor line (来源：…, 发布时间：…, [责任编辑:…], By …). */
export function isMetaLine(text: string): boolean {
  const length = readingLength(text);
  if (length > MAX_META_LENGTH) return false;
  return META_LINE_PATTERNS.some((pattern) => pattern.test(text)) || (length <= MAX_DATED_INFO_LINE && DATED_INFO_LINE.test(text));
}

/** Copyright, share bar, previous/next, "related", breadcrumb — never a paragraph. */
export function isBoilerplateLine(text: string): boolean {
  if (readingLength(text) > MAX_BOILERPLATE_LENGTH) return false;
  return BOILERPLATE_LINE_PATTERNS.some((pattern) => pattern.test(text)) || FURNITURE_LINES.some((pattern) => pattern.test(text));
}

/** An image caption written as a paragraph (图为…, ▲…, Photo: …). */
export function isCaptionLine(text: string): boolean {
  return readingLength(text) <= MAX_META_LENGTH && CAPTION_LINE.test(text);
}

/** A meta line without the controls that share its row ("字号：大 中 小", "分享到"). */
export function cleanMetaLine(text: string): string {
  const cleaned = text.replace(META_LINE_TRAILING_CONTROLS, '').trim();
  return cleaned.length > 0 ? cleaned : text;
}
