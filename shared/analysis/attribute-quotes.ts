import type { OrgSpeaker, Speaker } from '../schema/index.ts';
import type { Segmented } from './model/types.ts';
import { attributeChinese } from './speakers/attribute-chinese.ts';
import { attributeEnglish } from './speakers/attribute-english.ts';
import * as en from './lang/en.ts';
import * as zh from './lang/zh.ts';
import { attributeInterviews, type InterviewReader } from './speakers/interview.ts';
import { createSpeakerBook, speakersOf } from './speakers/speaker-book.ts';
import { readSpeakerLine } from './speakers/zh-mentions.ts';

/** How each language reads interviews (speaker lines, question and answer prefixes). */
const INTERVIEW_READERS: Record<Segmented['lang'], InterviewReader> = {
  zh: { speakerLine: readSpeakerLine, questionPrefixes: zh.INTERVIEW_QUESTION_PREFIXES, answerPrefixes: zh.INTERVIEW_ANSWER_PREFIXES },
  en: { speakerLine: () => null, questionPrefixes: en.INTERVIEW_QUESTION_PREFIXES, answerPrefixes: en.INTERVIEW_ANSWER_PREFIXES },
};

export interface Attribution {
  speakers: Speaker[];
  orgSpeakers: OrgSpeaker[];
}

/**
 * Who said what: named people with their role, organisation and every statement (direct quotations and
 * reported speech, each with its block id and `[start, end)`), and organisations that speak as a body.
 * Speakers come in the order of their first statement.
 *
 * @example attributeQuotes(doc).speakers[0] // { name: '汪凤英', role: '处长', org: '青海省工业和信息化厅信息发展处', … }
 */
export function attributeQuotes(doc: Segmented): Attribution {
  const book = createSpeakerBook();
  if (doc.lang === 'zh') attributeChinese(doc, book);
  else attributeEnglish(doc, book);
  // After the verb-driven pass: interviews only take the paragraphs it left without a statement.
  attributeInterviews(doc, book, INTERVIEW_READERS[doc.lang]);
  const { speakers, orgSpeakers } = speakersOf(book);
  const order = new Map(doc.blocks.map((block) => [block.id, block.index]));
  const position = (quotes: Speaker['quotes']): number => {
    const first = quotes[0];
    return first ? (order.get(first.blockId) ?? 0) * 1e6 + first.start : Infinity;
  };
  for (const entry of [...speakers, ...orgSpeakers]) {
    entry.quotes.sort((a, b) => (order.get(a.blockId) ?? 0) - (order.get(b.blockId) ?? 0) || a.start - b.start);
  }
  speakers.sort((a, b) => position(a.quotes) - position(b.quotes));
  orgSpeakers.sort((a, b) => position(a.quotes) - position(b.quotes));
  return { speakers, orgSpeakers };
}
