import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnalyzeRequest, Block } from '../../shared/schema/index.ts';

/** The seed article's text (one block per non-empty line) and its gold labels, read-only in /work/shared. */
export const SHARED_DIR = path.resolve(import.meta.dirname, '../../../shared');
export const SEED_TEXT_PATH = path.join(SHARED_DIR, 'seed/article.txt');
export const SEED_LABEL_PATH = path.join(SHARED_DIR, 'corpus/labels/seed__article.json');

/** The bold sub-headings of the seed page are short lines without closing punctuation. */
const SHORT_UNPUNCTUATED = /^[^。！？，,：:；;]{4,32}$/u;
/** Lines the page shows as metadata: breadcrumb, 来源/发布时间, the closing byline and the editor. */
const META_LINE = /^(?:现在的位置|来源|[(（]本报记者|\[责任编辑)/u;

export interface SeedOptions {
  /** Keep the breadcrumb "现在的位置:首页 / 青海要闻" as a meta block (extraction may drop it). */
  breadcrumb?: boolean;
}

/**
 * Builds the analyze request for the seed page the way extraction does: the headline as a level-1
 * heading (and the title), the three bold sub-headings as emphasised paragraphs, the source/date line,
 * byline and editor line as meta blocks, every other non-empty line a paragraph.
 */
export function seedRequest(options: SeedOptions = {}): AnalyzeRequest {
  const lines = readFileSync(SEED_TEXT_PATH, 'utf8')
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean);
  const blocks: Block[] = [];
  let title = '';
  for (const line of lines) {
    const id = `b${blocks.length + 1}`;
    if (line.startsWith('现在的位置')) {
      if (options.breadcrumb !== false) blocks.push({ id, kind: 'meta', text: line });
    } else if (META_LINE.test(line)) {
      blocks.push({ id, kind: 'meta', text: line });
    } else if (!title) {
      title = line;
      blocks.push({ id, kind: 'heading', level: 1, text: line });
    } else if (SHORT_UNPUNCTUATED.test(line) && !line.startsWith('“')) {
      blocks.push({ id, kind: 'paragraph', emphasis: true, text: line });
    } else {
      blocks.push({ id, kind: 'paragraph', text: line });
    }
  }
  return { url: 'http://127.0.0.1/seed/article.html', title, lang: undefined, blocks };
}

export interface GoldSpeaker {
  name: string;
  aliases: string[];
  role: string;
  org: string;
  quotes: number;
  first_quote: string;
}

export interface GoldLabel {
  id: string;
  title: string;
  headings: string[] | null;
  speakers: GoldSpeaker[];
  org_speakers: string[];
  key_terms: string[];
  meta: { source: string; published: string; authors: string[]; editor: string };
  key_sentences: string[];
}

export function seedLabel(): GoldLabel {
  return JSON.parse(readFileSync(SEED_LABEL_PATH, 'utf8')) as GoldLabel;
}
