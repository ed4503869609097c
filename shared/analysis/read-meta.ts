import type { ArticleMeta, PageMeta } from '../schema/index.ts';
import * as en from './lang/en.ts';
import * as zh from './lang/zh.ts';
import { alternation } from './model/text.ts';
import type { Segmented, TextBlock } from './model/types.ts';

/** 来源:青海日报 / 稿源：新京报 — the value runs to the next space or separator. */
const ZH_SOURCE = new RegExp(`(?:${alternation(zh.META_LABELS.source)})\\s*[:：]\\s*([^\\s|丨/　\\]】)）]{2,30})`, 'u');
/** [责任编辑:海燕] / 责编：张申 — the value runs to the next space or bracket. */
const ZH_EDITOR = new RegExp(`(?:${alternation(zh.META_LABELS.editor)})\\s*[:：]\\s*([^\\s|丨/　\\]】)）;；,，]{2,20})`, 'u');
/** An editor's system id glued to the name (荀建国_NN7379). */
const EDITOR_ID_SUFFIX = /[_\-—][A-Za-z]*\d+$/u;
/** Byline roles (本报记者, 执笔, 通讯员…) glued to the start or end of a name (记者张楠, 王菲菲执笔). */
const ZH_BYLINE_ROLE_EDGE = new RegExp(`^(?:${alternation(zh.META_LABELS.bylineRoles)})+|(?:${alternation(zh.META_LABELS.bylineRoles)})+$`, 'gu');
/** A byline line: mentions a reporter role (记者, 执笔, 通讯员, 作者). */
const ZH_BYLINE_MARK = /记者|执笔|通讯员|作者|撰文|文\s*[/|｜]|采写/u;
/** 作者：王文 / 文/张三 — a labelled author. */
const ZH_AUTHOR_LABEL = /(?:作者|撰文|文)\s*[:：/|｜]\s*/u;
/** Numeric dates: 2023-09-26, 2023/9/26, 2023.09.26, 2023年9月26日. */
const NUMERIC_DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/u;
/** English dates: "February 1, 2016", "Feb. 1, 2016", "1 February 2016". */
const MONTH_NAME = `(${en.MONTHS.map((month) => `${month.slice(0, 3)}(?:${month.slice(3)}|\\.)?`).join('|')})`;
const EN_DATE_MDY = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'iu');
const EN_DATE_DMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME}\\s+(\\d{4})\\b`, 'iu');
/** "By Jane Doe, John Roe and Ann Poe" — what follows "By". */
const EN_BYLINE = new RegExp(`^\\s*(?:${alternation(en.BYLINE_PREFIXES)})\\s+(.+)$`, 'u');
/** A person's name in a byline: two to four capitalised words. */
const EN_NAME = /^(?:\p{Lu}[\p{L}'’.-]*|\(\p{Lu}[\p{L}.]*\))(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\(\p{Lu}[\p{L}.]*\))){1,3}$/u;
/** A Chinese personal name in a byline. */
const ZH_NAME = /^\p{Script=Han}{2,4}$/u;
/** Words that end an English byline's names (", Games Editor, Yahoo Finance"). */
const EN_NOT_NAME = /\b(?:Editor|Writer|Reporter|Correspondent|Staff|Contributor|Columnist|Producer|News|Times|Post|Finance|Magazine|Press|Updated|Published)\b/u;

const BYLINE_SPLIT_WITH_BRACKETS = /[\s;；,，、/|｜()（）[\]【】:：]+/u;

/** Reads a date as YYYY-MM-DD, or null. */
export function readDate(text: string): string | null {
  const pad = (n: string | number): string => String(n).padStart(2, '0');
  const valid = (y: number, m: number, d: number): boolean => y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [y, m, d] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (valid(y, m, d)) return `${y}-${pad(m)}-${pad(d)}`;
  }
  const monthOf = (name: string): number => en.MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
  const mdy = EN_DATE_MDY.exec(text);
  if (mdy?.[1]) {
    const [y, m, d] = [Number(mdy[3]), monthOf(mdy[1]), Number(mdy[2])];
    if (valid(y, m, d)) return `${y}-${pad(m)}-${pad(d)}`;
  }
  const dmy = EN_DATE_DMY.exec(text);
  if (dmy?.[2]) {
    const [y, m, d] = [Number(dmy[3]), monthOf(dmy[2]), Number(dmy[1])];
    if (valid(y, m, d)) return `${y}-${pad(m)}-${pad(d)}`;
  }
  return null;
}

function chineseAuthors(text: string): string[] {
  const labelled = ZH_AUTHOR_LABEL.exec(text);
  const body = labelled ? text.slice(labelled.index + labelled[0].length) : text;
  return body
    .split(BYLINE_SPLIT_WITH_BRACKETS)
    .map((part) => part.replace(ZH_BYLINE_ROLE_EDGE, ''))
    .filter((part) => ZH_NAME.test(part) && !(zh.NOT_PERSON_WORDS as readonly string[]).includes(part));
}

function englishAuthors(text: string): string[] {
  const byline = EN_BYLINE.exec(text.trim());
  if (!byline?.[1]) return [];
  const authors: string[] = [];
  for (const part of byline[1].split(/\s*(?:,|\band\b|&)\s*/u)) {
    const name = part.trim();
    if (!name) continue;
    if (EN_NOT_NAME.test(name) || !EN_NAME.test(name)) break;
    authors.push(name);
  }
  return authors;
}

/** Lines that may carry meta: meta blocks, and short body lines at the very start or end of the article. */
function metaLines(blocks: readonly TextBlock[]): TextBlock[] {
  const body = blocks.filter((block) => block.role === 'body');
  const edges = new Set([...body.slice(0, 2), ...body.slice(-2)].filter((block) => block.text.length <= 80));
  return blocks.filter((block) => block.role === 'meta' || edges.has(block));
}

/**
 * The article's source, date, authors and editor, from its meta lines (来源/发布时间/记者/执笔/责任编辑,
 * "By …", visible dates) merged with what the page declared in meta tags (`pageMeta`). The page's
 * declared date wins (it carries the year that a visible "01-14 17:58" lacks); the text wins for
 * source, authors and editor (meta tags often name the platform, not the outlet).
 *
 * @example readMeta(doc, undefined).editor // '海燕' for a page ending in "[责任编辑:海燕]"
 */
export function readMeta(doc: Segmented, pageMeta: PageMeta | undefined): ArticleMeta {
  let source: string | null = null;
  let date: string | null = null;
  let editor: string | null = null;
  const authors: string[] = [];
  for (const block of metaLines(doc.blocks)) {
    const text = block.text;
    if (doc.lang === 'zh') {
      source ??= ZH_SOURCE.exec(text)?.[1] ?? null;
      const editorMatch = ZH_EDITOR.exec(text)?.[1];
      if (editorMatch && !editor) editor = editorMatch.replace(EDITOR_ID_SUFFIX, '') || null;
      if (ZH_BYLINE_MARK.test(text) && !ZH_EDITOR.test(text)) {
        for (const name of chineseAuthors(text)) if (!authors.includes(name)) authors.push(name);
      }
    } else {
      for (const name of englishAuthors(text)) if (!authors.includes(name)) authors.push(name);
    }
    date ??= block.role === 'meta' || text.length <= 40 ? readDate(text) : null;
  }
  const pageDate = pageMeta?.publishedAt ? readDate(pageMeta.publishedAt) : null;
  const pageAuthors = (pageMeta?.authors ?? []).map((name) => name.trim()).filter(Boolean);
  return {
    source: source ?? pageMeta?.source?.trim() ?? null,
    publishedAt: pageDate ?? date,
    authors: authors.length ? authors : pageAuthors,
    editor: editor ?? pageMeta?.editor?.trim() ?? null,
  };
}
