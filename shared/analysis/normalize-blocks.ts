import type { AnalyzeRequest } from '../schema/index.ts';
import * as en from './lang/en.ts';
import * as zh from './lang/zh.ts';
import type { AnalysisLanguage, BlockRole, TextBlock } from './model/types.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** A labelled meta line: 来源:… / 发布时间：… / [责任编辑:…] / 稿源 … at the start of a short line. */
const ZH_META_LINE = new RegExp(
  `^[\\s\\[【(（]*(?:${alternation([...zh.META_LABELS.source, ...zh.META_LABELS.date, ...zh.META_LABELS.editor, ...zh.META_LABELS.author])})\\s*[:：]`,
  'u',
);
/** Page furniture lines: breadcrumbs (现在的位置), 原标题, 校对, share prompts. */
const ZH_FURNITURE_LINE = new RegExp(`^[\\s\\[【(（]*(?:${alternation(zh.META_LABELS.furniture)})`, 'u');
/** A parenthesised byline: (本报记者 王菲菲 执笔；… 参与) / （记者 张楠） / 【编辑：…】. */
const ZH_BYLINE_LINE = new RegExp(
  `^[\\s(（【\\[]*(?:${alternation(zh.META_LABELS.bylineRoles)}|${alternation(zh.META_LABELS.editor)})[^)）】\\]]{0,120}[)）】\\]]\\s*$`,
  'u',
);
/** An English byline: "By Jane Doe" / "By Jane Doe and John Roe, Reuters". */
const EN_BYLINE_LINE = new RegExp(`^\\s*(?:${alternation(en.BYLINE_PREFIXES)})\\s+\\p{Lu}[\\p{L}.'’-]+(?:[\\s,]+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]+){0,8}\\s*$`, 'u');
/** An English labelled meta line: "Published: …", "Updated …", "Source: …". */
const EN_META_LINE = new RegExp(`^\\s*(?:${alternation([...en.META_LABELS.source, ...en.META_LABELS.date, ...en.META_LABELS.editor])})\\b[\\s:]`, 'u');
/** English page furniture at a line start (Share this story, Related, Advertisement…). */
const EN_FURNITURE_LINE = new RegExp(`^\\s*(?:${alternation(en.META_LABELS.furniture)})\\b`, 'iu');

/** Meta lines are short: a long paragraph that merely starts with "时间：" is body text. */
const META_LINE_MAX_CHARS = 160;

/** Whitespace and punctuation removed before comparing a heading with the title. */
const FOLDABLE = /[\s\p{P}\p{S}]+/gu;

function fold(text: string): string {
  return text.normalize('NFKC').replace(FOLDABLE, '').toLowerCase();
}

function isMetaLine(text: string, lang: AnalysisLanguage): boolean {
  if (text.length > META_LINE_MAX_CHARS) return false;
  if (lang === 'zh') {
    return ZH_META_LINE.test(text) || ZH_FURNITURE_LINE.test(text) || ZH_BYLINE_LINE.test(text);
  }
  return EN_BYLINE_LINE.test(text) || EN_META_LINE.test(text) || EN_FURNITURE_LINE.test(text);
}

/** A heading repeats the headline when one folded text contains the other and they are about as long. */
function sameAsTitle(text: string, foldedTitle: string): boolean {
  if (!foldedTitle) return false;
  const folded = fold(text);
  if (!folded) return false;
  if (folded === foldedTitle) return true;
  const [short, long] = folded.length < foldedTitle.length ? [folded, foldedTitle] : [foldedTitle, folded];
  return long.includes(short) && short.length / long.length >= 0.8;
}

export interface NormalizedBlocks {
  title: string;
  blocks: TextBlock[];
}

/**
 * Gives every non-empty block its role (title, heading, body, meta, caption) without touching its text:
 * offsets computed later index into the text the page sent. The title is the request's, else the first
 * level-1 heading.
 *
 * @example normalizeBlocks({ blocks: [{ id: 'h', kind: 'heading', level: 1, text: 'T' }] }, 'en').title // 'T'
 */
export function normalizeBlocks(request: Pick<AnalyzeRequest, 'title' | 'blocks'>, lang: AnalysisLanguage): NormalizedBlocks {
  const firstH1 = request.blocks.find((block) => block.kind === 'heading' && (block.level ?? 1) === 1 && block.text.trim());
  const title = (request.title ?? '').trim() || firstH1?.text.trim() || '';
  const foldedTitle = fold(title);
  const blocks: TextBlock[] = [];
  for (const block of request.blocks) {
    if (!block.text.trim()) continue;
    let role: BlockRole;
    if (block.kind === 'meta') role = 'meta';
    else if (block.kind === 'caption') role = 'caption';
    else if (block.kind === 'code') role = 'code';
    else if (block.kind === 'heading') {
      role = (block.level ?? 2) === 1 || sameAsTitle(block.text, foldedTitle) ? 'title' : 'heading';
    } else if (isMetaLine(block.text.trim(), lang)) role = 'meta';
    else role = 'body';
    blocks.push({
      id: block.id,
      index: blocks.length,
      kind: block.kind,
      level: block.level,
      text: block.text,
      emphasis: block.emphasis === true,
      role,
    });
  }
  markAfterEditorLine(blocks, lang);
  return { title, blocks };
}

/** 责任编辑：… / [编辑:…] — the line Chinese portals close an article with. */
const ZH_EDITOR_LINE = new RegExp(`^[\\s\\[【(（]*(?:${alternation(zh.META_LABELS.editor)})\\s*[:：]`, 'u');

/**
 * Chinese portals close the article with its editor line (责任编辑：…); what extraction kept after it
 * in the second half of the page is a "related" box or comments, not the article. Those blocks become
 * meta (page furniture) so no stage reads them as prose or headings.
 */
function markAfterEditorLine(blocks: TextBlock[], lang: AnalysisLanguage): void {
  if (lang !== 'zh') return;
  let editorAt = -1;
  for (let i = blocks.length - 1; i >= blocks.length / 2; i--) {
    const block = blocks[i];
    if (block?.role === 'meta' && ZH_EDITOR_LINE.test(block.text)) editorAt = i;
  }
  if (editorAt < 0) return;
  for (let i = editorAt + 1; i < blocks.length; i++) {
    const block = blocks[i];
    if (block && block.role !== 'meta') block.role = 'meta';
  }
}
