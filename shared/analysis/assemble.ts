import type { AnalyzeResponse, ArticleMeta, OrgSpeaker, OutlineItem, Speaker, SummarySentence, Term } from '../schema/index.ts';
import { foldName } from './model/text.ts';

export interface AssembleInput {
  lang: string;
  title: string;
  meta: ArticleMeta;
  summary: SummarySentence[];
  outline: OutlineItem[];
  speakers: Speaker[];
  orgSpeakers: OrgSpeaker[];
  terms: Term[];
  chars: number;
  sentences: number;
  ms: number;
  warnings: string[];
}

/**
 * Builds the wire response — the only step that knows the AnalyzeResponse shape. It also applies the
 * one rule that needs two sibling stages' results: the article's own reporters and editor (from meta)
 * are never speakers.
 *
 * @example assemble({ …, speakers: [{ name: '王菲菲', … }], meta: { authors: ['王菲菲'], … } }).speakers // []
 */
export function assemble(input: AssembleInput): AnalyzeResponse {
  const staff = new Set([...input.meta.authors, input.meta.editor ?? ''].filter(Boolean).map(foldName));
  const speakers = input.speakers.filter((speaker) => !staff.has(foldName(speaker.name)));
  const response: AnalyzeResponse = {
    lang: input.lang,
    title: input.title,
    meta: input.meta,
    summary: input.summary,
    outline: input.outline,
    speakers,
    orgSpeakers: input.orgSpeakers,
    terms: input.terms,
    stats: { chars: input.chars, sentences: input.sentences, ms: Math.max(0, Math.round(input.ms * 1000) / 1000) },
  };
  if (input.warnings.length) response.warnings = input.warnings;
  return response;
}
