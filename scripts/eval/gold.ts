import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';

/** One gold speaker, as LABELS.md defines it. */
export const GoldSpeaker = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.string(),
  org: z.string(),
  quotes: z.number().int().nonnegative(),
  first_quote: z.string(),
});
export type GoldSpeaker = z.infer<typeof GoldSpeaker>;

/** One file of corpus/labels/ (LABELS.md); parsed with zod because the labels are data we do not own. */
export const GoldLabel = z.object({
  id: z.string(),
  lang: z.string(),
  is_article: z.boolean(),
  title: z.string(),
  /** null = sections marked by bare numbers: headings are not scored on that page. */
  headings: z.array(z.string()).nullable(),
  speakers: z.array(GoldSpeaker),
  org_speakers: z.array(z.string()),
  key_terms: z.array(z.string()),
  meta: z.object({
    source: z.string().optional(),
    published: z.string().optional(),
    authors: z.array(z.string()).optional(),
    editor: z.string().optional(),
  }),
  key_sentences: z.array(z.string()).optional(),
  notes: z.string().optional(),
});
export type GoldLabel = z.infer<typeof GoldLabel>;

/** A labelled page: its gold and where its HTML is. */
export interface LabelledPage {
  gold: GoldLabel;
  file: string;
}

/** Page ids are `<set>/<name>`; the label file name joins them with a double underscore. */
const LABEL_FILE = /^(.+?)__(.+)\.json$/;

/** Reads every label in `<corpus>/labels/` and finds its page file (.html or .html.gz), sorted by id. */
export async function loadLabelledPages(corpusDir: string): Promise<LabelledPage[]> {
  const labelDir = path.join(corpusDir, 'labels');
  const names = (await readdir(labelDir)).filter((name) => LABEL_FILE.test(name)).sort();
  const pages: LabelledPage[] = [];
  for (const name of names) {
    const gold = GoldLabel.parse(JSON.parse(await readFile(path.join(labelDir, name), 'utf8')));
    const [set, page] = gold.id.split('/');
    const base = path.join(corpusDir, 'pages', set ?? '', page ?? '');
    const file = await firstExisting([`${base}.html`, `${base}.html.gz`]);
    if (file === undefined) throw new Error(`no page file for label ${name} (looked for ${base}.html[.gz])`);
    pages.push({ gold, file });
  }
  return pages;
}

async function firstExisting(candidates: readonly string[]): Promise<string | undefined> {
  for (const candidate of candidates) {
    try {
      await access(candidate);
      return candidate;
    } catch {
      // try the next spelling
    }
  }
  return undefined;
}
