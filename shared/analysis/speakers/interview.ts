import type { Quote } from '../../schema/index.ts';
import { BARE_NUMBER_MARKER } from '../lang/common.ts';
import { escapeRegExp } from '../model/text.ts';
import type { Segmented, TextBlock } from '../model/types.ts';
import { attributeToPerson, findBySurname, findPerson, notePerson, type PersonEntry, type PersonFacts, type SpeakerBook } from './speaker-book.ts';

/**
 * Interviews and Q&A compilations, where the words carry no speech verb: a line introduces the
 * interviewee ("AMUNDI副首席投资官：Vincent Mortier"), then questions (问：…, Q: …, or a short line ending
 * in ？) alternate with answers (答：…, A: …, or plain paragraphs). Also transcripts whose paragraphs
 * open with a known speaker's name and a colon ("汪处长：我们…", "KERRY: We…").
 *
 * Runs after the verb-driven attribution and only reads paragraphs it left without a statement, so an
 * explicit cue always wins.
 */

/** How a language reads the parts of an interview. */
export interface InterviewReader {
  /** A line that only introduces a speaker (org + title：name), or null. */
  speakerLine: (text: string) => PersonFacts | null;
  /** Prefixes of questions and answers (问/答, Q/A), each followed by a colon. */
  questionPrefixes: readonly string[];
  answerPrefixes: readonly string[];
}

/**
 * An answer runs over at most this many paragraphs after its question; a longer run is the article's own
 * narration again (a closing note, a disclaimer), not the interviewee's.
 */
const MAX_ANSWER_PARAGRAPHS = 3;
/** A question line is short: longer lines ending in a question mark are rhetorical narration. */
const MAX_QUESTION_CHARS = 80;
/** A transcript prefix "Name：" is short (a name, alias or surname + title). */
const PREFIX_BEFORE_COLON = /^\s*([^\s：:，。,.!?！？“”"]{2,16}|[\p{Lu}][\p{L}.'’ -]{1,30})\s*[：:]\s*/u;
/** A question that ends its line. */
const ENDS_WITH_QUESTION = /[？?]\s*[”"]?\s*$/u;

/** Compiled prefix patterns per prefix list (the readers are constants: each list is compiled once). */
const PREFIX_PATTERNS = new WeakMap<readonly string[], RegExp>();

function prefixPattern(prefixes: readonly string[]): RegExp {
  let pattern = PREFIX_PATTERNS.get(prefixes);
  if (!pattern) {
    pattern = new RegExp(`^\\s*(?:${prefixes.map(escapeRegExp).join('|')})\\s*[：:]\\s*`, 'u');
    PREFIX_PATTERNS.set(prefixes, pattern);
  }
  return pattern;
}

/** The known person a transcript prefix names (full name, alias, or surname in any case: KERRY). */
function personNamed(book: SpeakerBook, prefix: string): PersonEntry | undefined {
  const direct = findPerson(book, prefix);
  if (direct) return direct;
  if (/^\p{Lu}+$/u.test(prefix) && prefix.length > 1) return findBySurname(book, prefix[0] + prefix.slice(1).toLowerCase());
  return undefined;
}

function contentQuote(block: TextBlock, from: number): Quote | null {
  const text = block.text;
  let start = from;
  let end = text.length;
  while (start < end && /[\s“"]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s”"]/u.test(text[end - 1] ?? '')) end--;
  if (end - start < 2) return null;
  return { text: text.slice(start, end), blockId: block.id, start, end, direct: true };
}

/** Attributes the answers of interviews and the lines of transcripts into `book`. */
export function attributeInterviews(doc: Segmented, book: SpeakerBook, reader: InterviewReader): void {
  const question = prefixPattern(reader.questionPrefixes);
  const answer = prefixPattern(reader.answerPrefixes);
  const attributed = new Set<string>();
  for (const entry of [...book.people, ...book.orgs.values()]) for (const quote of entry.quotes) attributed.add(quote.blockId);
  // Who a transcript prefix ("KERRY: …", "汪处长：…") may name: someone the article has already quoted or
  // described (a role, an organisation), or introduced as an interviewee. A name that was only seen —
  // any run of capitalised words registers as one — is not enough: "Best Value: …", "Feed Posts: …"
  // are a guide's labels, not a transcript.
  const credible = new Set(book.people.filter((person) => person.quotes.length > 0 || person.role !== null || person.org !== null));

  let interviewee: PersonEntry | null = null;
  /**
   * Under a heading that is itself a question ("Q: Is French press coffee better?") the answers are the
   * page's own FAQ: nobody named in the article gave them.
   */
  let faq = false;
  /** Paragraphs of answer since the last question; -1 before the first question of an interviewee. */
  let sinceQuestion = -1;
  for (const block of doc.blocks) {
    if (block.role !== 'body' && block.role !== 'heading') continue;
    const text = block.text;
    const introduced = text.length <= 80 ? reader.speakerLine(text) : null;
    if (introduced) {
      interviewee = notePerson(book, introduced);
      credible.add(interviewee);
      sinceQuestion = -1;
      continue;
    }
    if (block.role === 'heading') {
      interviewee = null;
      faq = question.test(text) || ENDS_WITH_QUESTION.test(text);
      continue;
    }
    if (BARE_NUMBER_MARKER.test(text)) continue;
    if (attributed.has(block.id)) {
      if (sinceQuestion >= 0) sinceQuestion = MAX_ANSWER_PARAGRAPHS; // narration with its own speakers ends the answer
      continue;
    }
    const questionPrefix = question.exec(text);
    if (questionPrefix || (interviewee && text.trim().length <= MAX_QUESTION_CHARS && ENDS_WITH_QUESTION.test(text))) {
      sinceQuestion = 0;
      continue;
    }
    const answerPrefix = answer.exec(text);
    const speakerPrefix = answerPrefix ? null : PREFIX_BEFORE_COLON.exec(text);
    const named = speakerPrefix?.[1] ? personNamed(book, speakerPrefix[1].trim()) : undefined;
    if (named && speakerPrefix && credible.has(named)) {
      // "汪处长：…" in a transcript.
      const quote = contentQuote(block, speakerPrefix[0].length);
      if (quote) attributeToPerson(book, named, quote);
      interviewee = named;
      sinceQuestion = 1;
      continue;
    }
    const answering = interviewee ?? (answerPrefix && !faq ? book.lastMentioned : null);
    if (!answering) continue;
    if (answerPrefix || (sinceQuestion >= 0 && sinceQuestion < MAX_ANSWER_PARAGRAPHS)) {
      const quote = contentQuote(block, answerPrefix ? answerPrefix[0].length : 0);
      if (quote) attributeToPerson(book, answering, quote);
      sinceQuestion = answerPrefix ? 1 : sinceQuestion + 1;
      continue;
    }
    if (sinceQuestion >= MAX_ANSWER_PARAGRAPHS) interviewee = null;
  }
}
