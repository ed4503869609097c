import type { Quote } from '../../schema/index.ts';
import * as en from '../lang/en.ts';
import { alternation, isSpaceAt } from '../model/text.ts';
import type { Segmented, Sentence, TextBlock } from '../model/types.ts';
import { findQuoteSpans, quoteMask, type QuoteSpan } from './quote-spans.ts';
import {
  addAlias,
  attributeToOrg,
  attributeToPerson,
  findBySurname,
  findPerson,
  notePerson,
  onlyRecentWithPost,
  renamePerson,
  type PersonEntry,
  type SpeakerBook,
} from './speaker-book.ts';

/**
 * English quote attribution. Cues are speech verbs outside quotations and "according to". The speaker is
 * read after an inverted verb (“…,” said Josh Earnest, the White House press secretary) or before the
 * verb (Hugh Hill, a doctor at X, said / Mr. Kerry said / he said). Statements: the quotation just
 * before the cue, the quotation after it, or the reported clause (X said that …; …, X said.).
 */

/** Any speech verb as a whole word. */
const SPEECH_VERB = new RegExp(`\\b(?:${alternation(en.SPEECH_VERBS)})\\b`, 'gu');
/** "according to" before a name. */
const ACCORDING_TO = /\b[Aa]ccording to\s+/gu;
/** Words between a subject and its verb (Kerry also said, Askar has said, Lee on Monday said). */
const BETWEEN_SUBJECT_AND_VERB = new RegExp(
  `(?:\\s+(?:also|later|then|previously|has|had|have|recently|once|further|separately|again|earlier|subsequently|simply|flatly|publicly|already|just|repeatedly|often|told\\s+\\w+\\s+and|(?:on\\s+)?(?:${alternation(en.DAYS_BEFORE_VERB)})))+\\s*$`,
  'u',
);
/**
 * The words BETWEEN_SUBJECT_AND_VERB can end with ("and" closes "told X and"). The regex is tried at every
 * position of its window, so it only runs when the last word before the verb is one of these.
 */
const BETWEEN_LAST_WORDS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'previously', 'has', 'had', 'have', 'recently', 'once', 'further', 'separately', 'again',
  'earlier', 'subsequently', 'simply', 'flatly', 'publicly', 'already', 'just', 'repeatedly', 'often', 'and', ...en.DAYS_BEFORE_VERB,
]);
/** How far before a verb the words between subject and verb are read. */
const BETWEEN_WINDOW = 60;

/** `text.split(/\s+/u)`, read by code unit (no regex run per name). */
function splitOnSpaces(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let at = 0; at < text.length; ) {
    if (!isSpaceAt(text, at)) {
      at++;
      continue;
    }
    parts.push(text.slice(start, at));
    while (at < text.length && isSpaceAt(text, at)) at++;
    start = at;
  }
  parts.push(text.slice(start));
  return parts;
}

/** Does `text.split(/\s+/u)` have more than `limit` parts? Counted without building them. */
function hasMorePartsThan(text: string, limit: number): boolean {
  let parts = 1;
  for (let at = 0; at < text.length; ) {
    if (!isSpaceAt(text, at)) {
      at++;
      continue;
    }
    if (++parts > limit) return true;
    while (at < text.length && isSpaceAt(text, at)) at++;
  }
  return parts > limit;
}

/** Length of the words between subject and verb ending at `end` (also, has, told reporters and…), or 0. */
function betweenSubjectAndVerb(text: string, end: number): number {
  const from = Math.max(0, end - BETWEEN_WINDOW);
  // The pattern ends in "<space> word <spaces>": find that last word before running it.
  let wordEnd = end;
  while (wordEnd > from && isSpaceAt(text, wordEnd - 1)) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > from && !isSpaceAt(text, wordStart - 1)) wordStart--;
  if (wordStart === from || !BETWEEN_LAST_WORDS.has(text.slice(wordStart, wordEnd))) return 0;
  return BETWEEN_SUBJECT_AND_VERB.exec(text.slice(from, end))?.[0].length ?? 0;
}
/** A person's name word (capitalised, may carry an apostrophe, hyphen or inner capital: O'Neill, McHugh). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** An initial (J.). */
const INITIAL = /^\p{Lu}\.$/u;

/** INITIAL, run only on a word that can be one (a capital, one or two code units, then a period). */
function isInitial(word: string): boolean {
  return word.length <= 3 && word.endsWith('.') && INITIAL.test(word);
}

/** A relative clause or age is not an appositive role ("Kerry, who…", "Hill, 48,"). */
const NOT_ROLE = /^(?:who|which|that|whose|when|where|\d+|and|but)\b/iu;
/** The employer at the end of a longer description: "… workloads at Google Cloud". */
const EMPLOYER_AT_END = /\s(?:at|with)\s+(?:the\s+)?(\p{Lu}[^,;]*)$/u;
/** A relative clause closing an appositive (", a professor at Brown University who has studied …"). */
const RELATIVE_CLAUSE = /\s+(?:who|which|that|whose|where)\s[\s\S]*$/u;
/** A finite verb or a subject pronoun: the words after the comma are a clause ("the AI is a wizard"), not a job. */
const APPOSITIVE_CLAUSE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|does|did|I|we|you|they)\b/u;
/**
 * An appositive that opens with a past form and its object or particle is what the person did, not who
 * they are ("a co-worker, Nehemiah Dejesus, scrambled to apply a clamp"); "retired teacher" is a role.
 */
const APPOSITIVE_VERB_PHRASE = /^\p{Ll}+(?:ed|ing)\s+(?:to|a|an|the|his|her|its|their|into|onto|up|out|over|through|at|on|in|with|from|for|by|off|down|back|around|across|about|before|after|during)\b/u;
/**
 * A speech verb opening a phrase: an "appositive" that opens with one is the predicate ("Sarah Kim, told
 * analysts …"), and one before a job is not part of it ("said chief inspector …").
 */
const SPEECH_VERB_FIRST = new RegExp(`^(?:${alternation(en.SPEECH_VERBS)})\\b\\s*`, 'u');
/**
 * The organisation inside an appositive: "… at/of/for/with Con Edison", also owned by a common noun
 * ("a spokesman for the city’s Department of Design and Construction" works for the department, not
 * for "Design and Construction").
 */
const ROLE_AT_ORG = /^(.*?)\s+(at|of|for|with|from)\s+(the\s+)?(?:\p{Ll}+['’]s\s+)?(\p{Lu}[\s\S]*)$/u;
/**
 * Capitalised words that open an appositive are the organisation (the White House press secretary, a
 * University of Florence botanist): connectors may join them, and the job that follows starts with a
 * lower-case word that is not itself a connector ("Director of Research at X" is a job at X).
 */
const ORG_THEN_ROLE = /^(\p{Lu}[\p{L}'’&.-]*\s+(?:(?:of|and|for|the|de)\s+|\p{Lu}[\p{L}'’&.-]*\s+)*)(?!(?:at|of|for|with|from|in|on|and)\s)(\p{Ll}[\s\S]*)$/u;
/** A one-word description that names a job: a listed role noun or an agent ending (botanist, tester, spokeswoman). */
const JOB_ENDING = /(?:er|or|ist|ian|ant|ent|ee|man|woman|person|ess|ive|ary|ect|at)$/u;
/** A word that can be a job on its own: a role noun, an agent ending, a title word or an acronym (CEO). */
function isJobWord(word: string): boolean {
  const lower = word.toLowerCase();
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  return ROLE_NOUNS.has(lower) || JOB_ENDING.test(lower) || TITLE_WORDS.has(capitalised) || ONE_WORD_JOBS.has(lower) || /^\p{Lu}{2,}$/u.test(word);
}
/** Jobs of one word that neither a role noun nor an agent ending names (a nurse, a chef). */
const ONE_WORD_JOBS: ReadonlySet<string> = new Set(['nurse', 'chef', 'pilot', 'priest', 'nun', 'monk', 'poet', 'surgeon', 'physician', 'midwife', 'cook', 'guide', 'clerk', 'diplomat', 'envoy', 'aide', 'expert', 'scholar', 'veteran', 'survivor', 'witness', 'resident', 'student', 'graduate', 'entrepreneur', 'mom', 'dad', 'mother', 'father', 'neighbour', 'neighbor', 'friend']);
/** A preposition before a capitalised run puts it inside a phrase ("Roper Corporation in La Fayette, Georgia, claims"): no subject. */
const PREPOSITION_BEFORE = /\b(?:in|at|from|of|for|on|near|to|with|by|into|across|outside|inside)\s+$/u;
/** Articles and determiners alone are no job title ("according to a Forbes Advisor study"). */
const ONLY_ARTICLES = /^(?:(?:a|an|the|this|that|its|their)\s+)+$/iu;
/** Lower-case title words between an inverted verb and the name (said chief inspector Jennifer Mattinson). */
const LOWER_TITLE_BEFORE_NAME = /^\s*((?:\p{Ll}[\p{Ll}-]*\s+){1,4})(?=\p{Lu})/u;
/** A job or a relative in apposition before a name after an inverted verb: "said the family's lawyer, Mark Geragos". */
const JOB_THEN_NAME = new RegExp(
  `^\\s*((?:(?:the|a|an|his|her|their)\\s+)?(?:[\\p{Ll}-]+(?:['’]s)?\\s+){0,3}(?:${alternation([...en.ROLE_NOUNS, ...en.KINSHIP_WORDS])}))\\s*,\\s*(?=\\p{Lu})`,
  'u',
);
/** "of/from/at the Org" right after a name. */
const OF_ORG = /^\s+(?:of|from|at)\s+(?:the\s+)?((?:(?:\p{Lu}[\p{L}'’&.-]*|of|and|for|on|police|department|office)(?:\s+|(?=[,.;:]|$)))+)/u;
/** Connector words that cannot end an organisation name. */
const TRAILING_CONNECTORS = /(?:\s+(?:of|and|for|on))+\s*$/u;
/**
 * Abbreviations written before a name (St. Mary's Hospital, Gen. Mark Milley, Dr. Fauci): their period
 * neither ends an appositive nor a sentence. Ones that may end a sentence (Co., Inc.) are not here.
 */
const BEFORE_NAME_ABBREVIATIONS = 'St|Mt|Ft|Dr|Gen|Col|Lt|Sgt|Capt|Rev|Gov|Sen|Rep|Prof|Mr|Mrs|Ms';
const BEFORE_NAME_ABBREVIATION = new RegExp(`(?<![\\p{L}])(?:${BEFORE_NAME_ABBREVIATIONS})$`, 'u');
/** A person introduced anywhere: two or three capitalised words (with an appositive after a comma). */
// `(?=\p{Lu})` first: the lookbehind is then checked only where a capital stands, not at every position.
const PERSON_MENTION = new RegExp(
  `(?=\\p{Lu})(?<![\\p{L}'’-])(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){1,2})(?![\\p{L}'’-])(\\s*,\\s*((?:[^,.;:“”"]|(?<=(?<![\\p{L}])(?:${BEFORE_NAME_ABBREVIATIONS}))\\.){3,140})\\s*[,.;])?`,
  'gu',
);
/** A lower-case job description before a name, optionally after a capitalised organisation ("Snopes fact checker and staff writer "). */
const ROLE_BEFORE_NAME = new RegExp(`(?:^|[\\s(])((?:\\p{Lu}[\\p{L}.&'’-]*\\s+){0,3})((?:[\\p{Ll}-]+\\s+){0,4}(?:${alternation(en.ROLE_NOUNS)}))\\s+$`, 'u');
const ROLE_NOUNS: ReadonlySet<string> = new Set(en.ROLE_NOUNS);
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(en.ROLE_MODIFIERS);
/** A lower-case job ending right before a comma ("The company's chief executive, Sarah Kim, said"). */
const ROLE_BEFORE_COMMA = new RegExp(`(?:^|\\s)((?:[\\p{Ll}-]+\\s+){0,3}(?:${alternation(en.ROLE_NOUNS)}))\\s*$`, 'u');
/** A capitalised word that places a job rather than naming an employer: "Pakistan-based", "London-born", "Chicago-area". */
const PLACE_MODIFIER = /-(?:based|born|bred|raised|area|headquartered)$/u;
/** How far before a name its lower-case job description is read. */
const ROLE_WINDOW = 60;

/**
 * The job description before a name (`ROLE_BEFORE_NAME` groups), or null. That pattern ends in "role noun,
 * spaces" with the noun after a space or "(", and it is tried at every position of its window: it only
 * runs when the last word before the name is such a noun.
 */
function roleBeforeName(text: string, nameStart: number): RegExpExecArray | null {
  const from = Math.max(0, nameStart - ROLE_WINDOW);
  let wordEnd = nameStart;
  while (wordEnd > from && isSpaceAt(text, wordEnd - 1)) wordEnd--;
  if (wordEnd === nameStart) return null;
  let wordStart = wordEnd;
  while (wordStart > from && !isSpaceAt(text, wordStart - 1) && text[wordStart - 1] !== '(') wordStart--;
  if (!ROLE_NOUNS.has(text.slice(wordStart, wordEnd))) return null;
  return ROLE_BEFORE_NAME.exec(text.slice(from, nameStart));
}
/** Leading article of an appositive. */
const ARTICLE = /^(?:a|an|the)\s+/iu;
/** Capitalised articles at a sentence start are not part of a name (The Pentagon). */
const ARTICLES: ReadonlySet<string> = new Set(['The', 'A', 'An']);
/** What precedes an inverted verb (“…,” said X / …, said X): a comma or a closing quotation mark. */
const INVERTED_MARKS: ReadonlySet<number> = new Set([',', '”', '"'].map((mark) => mark.charCodeAt(0)));
/** How far before the verb that mark is looked for (the regex `[,”"]\s*$` on the three units before it). */
const INVERTED_WINDOW = 3;

/** Does a comma or closing quotation mark stand before the verb at `verbStart`, after nothing but spaces? */
function invertedBefore(text: string, verbStart: number): boolean {
  const from = Math.max(0, verbStart - INVERTED_WINDOW);
  let at = verbStart;
  while (at > from && isSpaceAt(text, at - 1)) at--;
  return at > from && INVERTED_MARKS.has(text.charCodeAt(at - 1));
}

/**
 * No sentence of news prose runs longer than this (the corpus' longest body sentences are a few hundred
 * characters); a longer one is text without sentence ends.
 */
const LONG_SENTENCE = 1_000;
/** Reported speech needs more than this many characters other than spaces, sentence ends and quote marks. */
const MIN_REPORTED_CHARS = 8;
/** What does not count towards a reported statement's length. */
const NOT_REPORTED = new Set(['.', '!', '?', '”', '"'].map((mark) => mark.charCodeAt(0)));

/** Where the first cue from `index` on whose clause starts at or after `position` begins (cues are in text order), or Infinity. */
function nextClauseFrom(cues: readonly Cue[], index: number, position: number): number {
  for (let k = index; k < cues.length; k++) {
    const clauseStart = cues[k]?.clauseStart ?? Infinity;
    if (clauseStart >= position) return clauseStart;
  }
  return Infinity;
}

/**
 * Are there more than `minimum` UTF-16 units in `[from, to)` other than whitespace, . ! ? ” and "?
 * Counts only as far as it needs to.
 */
function hasWords(text: string, from: number, to: number, minimum: number): boolean {
  let count = 0;
  for (let at = from; at < to; at++) {
    if (NOT_REPORTED.has(text.charCodeAt(at)) || isSpaceAt(text, at)) continue;
    if (++count > minimum) return true;
  }
  return false;
}
/** The longest complement between a verb and its quotation ("told the New York Times, “…”"). */
const MAX_COMPLEMENT = 60;
/** A complement: words without sentence ends or quote marks, closed by a comma or a colon. */
const COMPLEMENT_BEFORE_QUOTE = /^\s+[^.!?;:“”"‘’]+[,:]\s*$/u;
/** What continues a list of names after an inverted cue: a comma or "and". */
const NAMES_GO_ON = /^\s*(?:,|and\s)/u;
/** What the gap and "that" readers below look at after a cue: its next 12 code units. */
const AFTER_CUE_WINDOW = 12;

/** Length of the spaces, commas and colons after a cue (the regex `^[\s,:]*` on its next 12 units), read by code unit. */
function gapAfterCue(text: string, at: number): number {
  const to = Math.min(text.length, at + AFTER_CUE_WINDOW);
  let end = at;
  while (end < to && (text[end] === ',' || text[end] === ':' || isSpaceAt(text, end))) end++;
  return end - at;
}

/** Length of the spaces and reporting "that" after a verb (the regex `^\s*(?:that\s+)?` on its next 12 units), read by code unit. */
function reportingThat(text: string, at: number): number {
  const to = Math.min(text.length, at + AFTER_CUE_WINDOW);
  let end = at;
  while (end < to && isSpaceAt(text, end)) end++;
  if (end + 4 < to && text.startsWith('that', end) && isSpaceAt(text, end + 4)) {
    end += 5;
    while (end < to && isSpaceAt(text, end)) end++;
  }
  return end - at;
}
/** A verb of telling: whom it tells comes before what was said ("told reporters the suspect was held"). */
const TELL_VERB = /^(?:told|tells|tell|telling)$/iu;
/**
 * Whom a verb of telling tells, after it: a pronoun, "reporters" and the like, or a named outlet or person
 * ("the BBC", "The Associated Press", "CNN"), with at most five capitalised words and no determiner among
 * them ("told The Times The …" keeps the second "The").
 */
const LISTENER = /^\s+(?:me|him|her|us|them|you|reporters|journalists|lawmakers|investors|analysts|viewers|listeners|readers|supporters|the\s+(?:press|media|audience|crowd|court|jury|committee|panel|council|reporter|newspaper|magazine|station|paper)|(?:the\s+|The\s+)?(?!(?:The|A|An)\b)\p{Lu}[\p{L}&.'’-]*(?:\s+(?!(?:The|A|An)\b)\p{Lu}[\p{L}&.'’-]*){0,4})(?=\s)/u;
/** When, where or how something was said, before "that" ("said in a statement that", "told reporters on Monday that"). */
const OCCASION_BEFORE_THAT =
  /^\s+(?:(?:on|at|in|during|via|through|to)\s+[^,.;:"“”]{1,40}?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|later|recently|last\s+\w+|this\s+\w+))(?=\s+that\s)/u;

/**
 * Length of what stands between the verb at [verbStart, verbEnd) and what was said: whom a verb of telling
 * tells (see LISTENER), then when, where or how it was said before "that" ("said in a statement that",
 * "told reporters on Monday that").
 */
function listenerAfter(text: string, verbStart: number, verbEnd: number): number {
  const window = text.slice(verbEnd, verbEnd + 120);
  const listener = TELL_VERB.test(text.slice(verbStart, verbEnd)) ? LISTENER.exec(window) : null;
  const skipped = listener ? listener[0].length : 0;
  const occasion = OCCASION_BEFORE_THAT.exec(window.slice(skipped));
  return skipped + (occasion ? occasion[0].length : 0);
}

/** Nothing but punctuation and space: what may follow a quotation that is a sentence of its own. */
const ONLY_CLOSING_MARKS = /^[\s.!?,;:”"’)]*$/u;
/** Sentence-ending punctuation. */
const SENTENCE_END = /[.!?]/u;

/** A kinship noun phrase before a name in apposition: "her mother, Fiona, said" (the noun is no job title). */
const KINSHIP_BEFORE = new RegExp(`\\b(?:${alternation(en.KINSHIP_WORDS)})\\s*$`, 'iu');
const HONORIFICS: ReadonlySet<string> = new Set(en.HONORIFICS);
const TITLE_WORDS: ReadonlySet<string> = new Set(en.TITLE_WORDS);
const ORG_WORDS: ReadonlySet<string> = new Set(en.ORG_WORDS);
const NOT_PERSON: ReadonlySet<string> = new Set(en.NOT_PERSON_WORDS);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(en.CLAUSE_OPENERS);
const PARTICLES: ReadonlySet<string> = new Set(en.NAME_PARTICLES);
const PRONOUNS: ReadonlySet<string> = new Set(en.PRONOUNS);
const PUBLICATION_VERBS: ReadonlySet<string> = new Set(en.PUBLICATION_VERBS);
const NOUN_LIKE_SPEECH_VERBS: ReadonlySet<string> = new Set(en.NOUN_LIKE_SPEECH_VERBS);
const INFINITIVE_SPEECH_VERBS: ReadonlySet<string> = new Set(en.INFINITIVE_SPEECH_VERBS);
const LISTENER_VERBS: ReadonlySet<string> = new Set(en.LISTENER_SPEECH_VERBS);
/** "to" and a word after a verb: an infinitive ("continues to be"), not what was said. */
const INFINITIVE_AFTER = /^\s+to\s+\p{Ll}/u;
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(en.POSSESSIVE_DETERMINERS);
/** A document's name after a capitalised run: "(Amex) Trendex report", " study". */
const DOCUMENT_AFTER = new RegExp(`^\\s*(?:\\([^()]{1,24}\\)\\s*)?(?:\\p{Lu}[\\p{L}'’&.-]*\\s+){0,3}(?:${alternation(en.DOCUMENT_NOUNS)})\\b`, 'u');
/** Lower-case words before a name that open with a document noun ("research done at", "a study by"). */
const DOCUMENT_FIRST = new RegExp(`^(?:(?:a|an|the|new|recent|latest)\\s+)*(?:${alternation(en.DOCUMENT_NOUNS)})\\b`, 'iu');
/** A possessive word (Overflow's, Vermont’s). */
const POSSESSIVE_WORD = /^[\s\S]+['’]s$/u;

interface NameRun {
  start: number;
  end: number;
  words: string[];
  /** "the" right before the run (the Pentagon, the White House). */
  afterThe: boolean;
}

/** A character of a word in a name run: letters, digits, apostrophes, dots and hyphens (O'Neill, J., Smith-Jones). */
const WORD_CHAR = /^[\p{L}\p{N}'’.-]$/u;
/** The same test for ASCII, by code: name runs are read word by word around every cue, so this is the hot path. */
const ASCII_WORD_CHAR = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD_CHAR[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;

/**
 * Length (1 or 2 code units) of the word character that ends at `end`, or 0: the code point must lie
 * within `[from, end)`, so a surrogate pair cut by `from` counts as a lone surrogate (not a letter).
 */
function wordCharEndingAt(text: string, from: number, end: number): number {
  const code = text.charCodeAt(end - 1);
  if (code < 128) return ASCII_WORD_CHAR[code] ?? 0;
  if (code >= 0xdc00 && code <= 0xdfff && end - 2 >= from) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHAR.test(text.slice(end - 2, end)) ? 2 : 0;
  }
  return WORD_CHAR.test(text[end - 1] ?? '') ? 1 : 0;
}

/** Length of the word character that starts at `start`, or 0; the code point must end by `to`. */
function wordCharStartingAt(text: string, start: number, to: number): number {
  const code = text.charCodeAt(start);
  if (code < 128) return ASCII_WORD_CHAR[code] ?? 0;
  if (code >= 0xd800 && code <= 0xdbff && start + 2 <= to) {
    const low = text.charCodeAt(start + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(start, start + 2)) ? 2 : 0;
  }
  return WORD_CHAR.test(text[start] ?? '') ? 1 : 0;
}

function isNameWord(word: string, inside: boolean): boolean {
  if (HONORIFICS.has(word) || TITLE_WORDS.has(word) || isInitial(word)) return true;
  if (inside && (PARTICLES.has(word) || ORG_CONNECTORS.has(word))) return true;
  return NAME_WORD.test(word);
}

/** Words that join the parts of an organisation's name (Centers for Disease Control and Prevention, Procter & Gamble). */
const ORG_CONNECTORS: ReadonlySet<string> = new Set(['for', 'and', '&']);

/** Whether a run names an organisation: "the" before it, or an organisation word (singular or plural) in it. */
function namesOrganisation(words: readonly string[], afterThe: boolean): boolean {
  return afterThe || words.some((word) => ORG_WORDS.has(word) || (word.endsWith('s') && ORG_WORDS.has(word.slice(0, -1))));
}

/**
 * The run's words in text order, as a NameRun. Connectors (for, and, &) stay only inside an
 * organisation's name; otherwise they end the run: "Smith and Jones said" is Jones (`keepEnd`, a run read
 * back from its verb), "according to Smith and others" is Smith.
 */
function finishRun(text: string, words: Array<{ word: string; start: number; end: number }>, fallbackEnd: number, keepEnd = false): NameRun | null {
  let collected = words;
  while (collected.length && (/^\p{Ll}/u.test(collected[0]?.word ?? '') || ARTICLES.has(collected[0]?.word ?? '') || ORG_CONNECTORS.has(collected[0]?.word ?? ''))) collected.shift();
  while (collected.length && (/^\p{Ll}/u.test(collected[collected.length - 1]?.word ?? '') || ORG_CONNECTORS.has(collected[collected.length - 1]?.word ?? ''))) collected.pop();
  const joined = collected.findIndex((entry) => ORG_CONNECTORS.has(entry.word));
  if (joined >= 0) {
    if (!namesOrganisation(collected.map((entry) => entry.word), theBefore(text, collected[0]?.start ?? 0))) {
      if (keepEnd) {
        let last = collected.length - 1;
        while (last >= 0 && !ORG_CONNECTORS.has(collected[last]?.word ?? '')) last--;
        collected = collected.slice(last + 1);
      } else collected = collected.slice(0, joined);
    }
  }
  const first = collected[0];
  const last = collected[collected.length - 1];
  if (!first || !last) return null;
  return { start: first.start, end: last.end ?? fallbackEnd, words: collected.map((entry) => entry.word), afterThe: theBefore(text, first.start) };
}

/** Whether "the" stands right before `start` ("the " ends in a space: only then is the regex run). */
function theBefore(text: string, start: number): boolean {
  return start > 0 && isSpaceAt(text, start - 1) && /\bthe\s+$/iu.test(text.slice(Math.max(0, start - 5), start));
}

/** A run of capitalised words is read no further than this from its cue (a name and its titles are far shorter). */
const RUN_WINDOW_BEFORE = 80;
const RUN_WINDOW_AFTER = 100;
/** At most this many words in a name run (titles, honorific, name; an organisation's name with its connectors). */
const MAX_RUN_WORDS = 8;

/**
 * The run of capitalised words (with particles, initials and honorifics) ending at `end`: words read
 * right to left, each separated from the next by exactly one space, within the 80 characters before it.
 */
function runEndingAt(text: string, end: number): NameRun | null {
  let position = end;
  while (position > 0 && text[position - 1] === ' ') position--;
  const from = Math.max(0, position - RUN_WINDOW_BEFORE);
  const collected: Array<{ word: string; start: number; end: number }> = [];
  let wordEnd = position;
  while (collected.length < MAX_RUN_WORDS) {
    let start = wordEnd;
    for (let size = 0; start > from && (size = wordCharEndingAt(text, from, start)) > 0; ) start -= size;
    if (start === wordEnd) break;
    const word = text.slice(start, wordEnd);
    if (!isNameWord(word, collected.length > 0)) break;
    collected.push({ word, start, end: wordEnd });
    if (start <= from || text[start - 1] !== ' ') break;
    wordEnd = start - 1;
  }
  // Read right to left: put the words in text order.
  return finishRun(text, collected.reverse(), position, true);
}

/** The run of capitalised words starting at `start` (after an optional "the"), within the 100 characters after it. */
function runStartingAt(text: string, start: number): NameRun | null {
  let position = start;
  while (text[position] === ' ') position++;
  // Only t or T is "t" to the case-insensitive regex: it runs only where one stands.
  const opening = text.charCodeAt(position);
  const the = opening === 0x74 || opening === 0x54 ? /^the\s+/iu.exec(text.slice(position, position + 5)) : null;
  if (the) position += the[0].length;
  const to = Math.min(text.length, position + RUN_WINDOW_AFTER);
  const collected: Array<{ word: string; start: number; end: number }> = [];
  let wordStart = position;
  while (collected.length < MAX_RUN_WORDS && wordStart < to) {
    let wordEnd = wordStart;
    for (let size = 0; wordEnd < to && (size = wordCharStartingAt(text, wordEnd, to)) > 0; ) wordEnd += size;
    if (wordEnd === wordStart) break;
    const whole = text.slice(wordStart, wordEnd);
    let word = whole;
    // A sentence-final period is not part of the name ("…said Josh Earnest.").
    if (word.endsWith('.') && !HONORIFICS.has(word) && !TITLE_WORDS.has(word) && !isInitial(word)) word = word.slice(0, -1);
    if (!isNameWord(word, collected.length > 0)) break;
    collected.push({ word, start: wordStart, end: wordStart + word.length });
    if (word !== whole || text[wordEnd] !== ' ') break;
    wordStart = wordEnd + 1;
  }
  const run = finishRun(text, collected, position);
  if (run && the) run.afterThe = true;
  return run;
}

type Who =
  | { type: 'person'; name: string; surname: string; role: string | null; org: string | null; alias: string | null; surnameOnly: boolean }
  | { type: 'pronoun' }
  | { type: 'org'; name: string };

/** Reads an appositive ("a doctor at X", "the White House press secretary") into role and organisation. */
function readAppositive(appositive: string): { role: string | null; org: string | null } {
  // "a professor at Brown University who has studied tutoring": the relative clause describes, it is not the job.
  const text = appositive.trim().replace(RELATIVE_CLAUSE, '').replace(/[.,;]+$/u, '');
  if (!text || NOT_ROLE.test(text) || APPOSITIVE_CLAUSE.test(text) || APPOSITIVE_VERB_PHRASE.test(text) || SPEECH_VERB_FIRST.test(text) || hasMorePartsThan(text, 14)) return { role: null, org: null };
  const bare = text.replace(ARTICLE, '');
  // A single word that names no job is an aside or a place ("…, dramatic." / "Levin, though, thinks" /
  // "La Fayette, Georgia, claims" / "Small Batch, Classic, and Rich").
  if (!/\s/u.test(bare) && !isJobWord(bare)) return { role: null, org: null };
  // "University of Florence botanist": an organisation written out, then the job.
  const orgLed = /^\p{Lu}/u.test(bare) ? ORG_THEN_ROLE.exec(bare) : null;
  if (orgLed?.[1] && orgLed[2] && !PLACE_MODIFIER.test(orgLed[1].trim()) && !/\s(?:at|with)\s/u.test(orgLed[2])) return { role: orgLed[2].trim(), org: orgLed[1].trim() };
  const atOrg = ROLE_AT_ORG.exec(bare);
  if (atOrg?.[1] && atOrg[4]) {
    // "product manager for AI infrastructure at Google Cloud": the employer is what follows the last "at".
    const employer = EMPLOYER_AT_END.exec(atOrg[4]);
    const org = (employer?.[1] ?? atOrg[4]).trim();
    // "a nurse from Ohio": where someone comes from is no employer, unless it names an organisation.
    if (atOrg[2] === 'from' && !employer && !namesOrganisation(org.split(/\s+/u), atOrg[3] !== undefined)) return { role: atOrg[1].trim(), org: null };
    return { role: atOrg[1].trim(), org };
  }
  const orgFirst = ORG_THEN_ROLE.exec(bare);
  if (orgFirst?.[1] && orgFirst[2] && !PLACE_MODIFIER.test(orgFirst[1].trim())) return { role: orgFirst[2].trim(), org: orgFirst[1].trim() };
  return { role: bare, org: null };
}

/** Classifies a capitalised run: pronoun, organisation, a person (with a title before the name), or nothing. */
function whoIs(run: NameRun, book: SpeakerBook): Who | null {
  const words = [...run.words];
  // "When I …", "Because Hoka …": the clause's first word is not part of the name; nor is "Its"/"Their".
  while (words.length > 1 && (CLAUSE_OPENERS.has(words[0] ?? '') || POSSESSIVE_DETERMINERS.has(words[0] ?? ''))) words.shift();
  if (words.length === 1 && POSSESSIVE_DETERMINERS.has(words[0] ?? '')) return null;
  // A possessive: "Stack Overflow's …" owns what follows and says nothing itself; "Vermont's Bongard" is Bongard.
  const owner = possessorOf(words);
  if (owner === undefined) return null;
  if (words.length === 1 && PRONOUNS.has((words[0] ?? '').toLowerCase())) return { type: 'pronoun' };
  if (words.some((word) => ORG_WORDS.has(word)) || (run.afterThe && !HONORIFICS.has(words[0] ?? ''))) {
    // "Police Chief Mark Davis", "Apple CEO Tim Cook": an organisation's title, then a person's name.
    const titled = run.afterThe ? null : personAfterOrgTitle(words);
    return titled ?? { type: 'org', name: words.join(' ') };
  }
  if (words.length === 1 && NOT_PERSON.has(words[0] ?? '')) return null;
  // Honorific + surname (Mr. Kerry): an alias of a known person.
  if (HONORIFICS.has(words[0] ?? '')) {
    const rest = words.slice(1).join(' ');
    if (!rest) return null;
    return { type: 'person', name: rest, surname: words[words.length - 1] ?? rest, role: null, org: null, alias: words.join(' '), surnameOnly: words.length === 2 };
  }
  // Title words before the name (Secretary of State John Kerry, Chief Inspector Jennifer Mattinson).
  const title: string[] = [];
  while (words.length > 1 && TITLE_WORDS.has(words[0] ?? '')) title.push(words.shift() ?? '');
  if (words.length === 1 && NOT_PERSON.has(words[0] ?? '')) return null;
  const name = words.join(' ');
  const surname = words[words.length - 1] ?? name;
  const role = title.length ? title.join(' ') : null;
  // The alias is the run as written, title included (Secretary of State John Kerry), when there is a title.
  const written = title.length ? `${role} ${name}` : name;
  if (words.length === 1) {
    const known = findPerson(book, name) ?? findBySurname(book, name);
    if (known) return { type: 'person', name: known.name, surname: known.surname, role, org: null, alias: title.length ? written : name, surnameOnly: false };
    // "President Biden", "Secretary Blinken": a title before one capitalised word names a person by surname.
    if (title.length && !TITLE_WORDS.has(name) && /^\p{Lu}\p{Ll}/u.test(name)) return { type: 'person', name: written, surname: name, role, org: null, alias: null, surnameOnly: false };
    return null;
  }
  return { type: 'person', name, surname, role, org: null, alias: title.length ? written : null, surnameOnly: false };
}

/**
 * A person named after their organisation's title ("Police Chief Mark Davis", "Bank of America Chief
 * Financial Officer Alastair Borthwick"): a title word, then a two- or three-word name with no
 * organisation or title word in it. The words up to the title are the role, as written.
 */
function personAfterOrgTitle(words: readonly string[]): Who | null {
  for (let title = words.length - 3; title >= 1; title--) {
    if (!TITLE_WORDS.has(words[title] ?? '')) continue;
    const name = words.slice(title + 1);
    if (name.length > 3 || name.some((word) => ORG_WORDS.has(word) || TITLE_WORDS.has(word) || NOT_PERSON.has(word) || !/^\p{Lu}\p{Ll}/u.test(word))) return null;
    return { type: 'person', name: name.join(' '), surname: name[name.length - 1] ?? '', role: words.slice(0, title + 1).join(' '), org: null, alias: words.join(' '), surnameOnly: false };
  }
  return null;
}

/**
 * Takes a possessor off the front of `words` ("Vermont's Bongard" → Bongard, "Maxi Moving's Vice
 * President" → Vice President) and returns it without its 's, or null when there is none; undefined
 * when the run ends with the possessive (it owns the next word: "Stack Overflow's survey").
 */
function possessorOf(words: string[]): string | null | undefined {
  let last = -1;
  for (let index = 0; index < words.length; index++) if (POSSESSIVE_WORD.test(words[index] ?? '')) last = index;
  if (last < 0) return null;
  if (last === words.length - 1) return undefined;
  const owner = words.splice(0, last + 1);
  owner[owner.length - 1] = (owner[owner.length - 1] ?? '').slice(0, -2);
  return owner.join(' ');
}

/** The run is only titles, under a possessor: "Maxi Moving's Vice President" (the name follows after a comma). */
function titleOnly(run: NameRun): { role: string; org: string | null } | null {
  const words = [...run.words];
  const owner = possessorOf(words);
  if (owner === undefined || !words.length || !words.every((word) => TITLE_WORDS.has(word))) return null;
  return { role: words.join(' '), org: owner };
}

function personFor(book: SpeakerBook, who: Who | null): PersonEntry | null {
  if (!who) return null;
  // he/she: the last speaker, or a person a heading has just named in full (a deck before the paragraph).
  if (who.type === 'pronoun') return book.lastMentioned ?? book.lastSpeaker;
  if (who.type !== 'person') return null;
  if (who.surnameOnly) {
    const known = findBySurname(book, who.surname) ?? findPerson(book, who.name);
    if (known) {
      if (who.alias) addAlias(book, known, who.alias);
      return known;
    }
    // "Mr. Dejesus said" with no first mention: the surname is the name the article gives.
    return notePerson(book, { name: who.surname, surname: who.surname, alias: who.alias });
  }
  const person = notePerson(book, { name: who.name, surname: who.surname, role: who.role, org: who.org, alias: who.alias });
  return person;
}

interface Cue {
  start: number;
  end: number;
  who: Who | null;
  /** Where the subject (or the inverted verb + name) begins: statements before it may be the cue's quote. */
  clauseStart: number;
  /** Where the cue's words end (after the name and appositive for inverted cues). */
  clauseEnd: number;
  inverted: boolean;
  publication: boolean;
}

/** An appositive between two commas is shorter than this ("Hugh Hill, a doctor at X, said"). */
const MAX_APPOSITIVE = 120;

/** The comma that opens an appositive closed by the comma at `commaEnd`, or -1 (read back no further than MAX_APPOSITIVE). */
function commaBefore(text: string, commaEnd: number): number {
  for (let at = commaEnd - 1; at > commaEnd - MAX_APPOSITIVE && at >= 0; at--) if (text[at] === ',') return at;
  return -1;
}

/** An age between commas after a name (", 45,"), passed over to the job that follows it. */
const AGE_APPOSITIVE = /^,\s*\d{1,3}\s*,/u;
/** The same age read back from the comma after it. */
const AGE_BEFORE_COMMA = /,\s*\d{1,3}\s*$/u;

/** The longest parenthesis between a name and its verb that is passed over ("(D-N.Y.)", "(pictured)"). */
const MAX_NAME_PARENTHESIS = 24;

/** The subject before a verb: "Hugh Hill, a doctor at X," / "Mr. Kerry" / "he". */
function subjectBefore(text: string, verbStart: number, book: SpeakerBook): { who: Who | null; start: number } {
  let end = verbStart;
  end -= betweenSubjectAndVerb(text, end);
  while (end > 0 && text[end - 1] === ' ') end--;
  // "Sen. Chuck Schumer (D-N.Y.) said": a short parenthesis after the name (party, age, place) is passed over.
  if (text[end - 1] === ')') {
    const open = text.lastIndexOf('(', end - 1);
    if (open > 0 && end - open <= MAX_NAME_PARENTHESIS && text[open - 1] === ' ' && !text.slice(open + 1, end - 1).includes(')')) {
      end = open;
      while (end > 0 && text[end - 1] === ' ') end--;
    }
  }
  // Appositive: NAME, APPOSITIVE, said
  if (text[end - 1] === ',') {
    const commaEnd = end - 1;
    const previousComma = commaBefore(text, commaEnd);
    if (previousComma > 0) {
      // Kinship apposition: "her mother, Fiona, said" — the name sits between the commas.
      const named = runEndingAt(text, commaEnd);
      if (named && named.start === previousComma + 2 && KINSHIP_BEFORE.test(text.slice(Math.max(0, previousComma - 24), previousComma))) {
        const name = named.words.join(' ');
        const known = findPerson(book, name);
        return { who: { type: 'person', name: known?.name ?? name, surname: named.words[named.words.length - 1] ?? name, role: null, org: null, alias: null, surnameOnly: false }, start: named.start };
      }
      // A job in apposition: "The company's chief executive, Sarah Kim, said" — the job is the role.
      const job = named && named.start === previousComma + 2 && named.words.length >= 2 ? ROLE_BEFORE_COMMA.exec(text.slice(Math.max(0, previousComma - 60), previousComma)) : null;
      if (named && job?.[1]) {
        const who = whoIs(named, book);
        if (who?.type === 'person') return { who: { ...who, role: who.role ?? job[1].trim() }, start: named.start };
      }
      // "Jane Doe, 45, a nurse from Ohio, said": the name stands before the age.
      const age = AGE_BEFORE_COMMA.exec(text.slice(Math.max(0, previousComma - 8), previousComma));
      const run = runEndingAt(text, age ? previousComma - age[0].length : previousComma);
      if (run && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, run.start - 10), run.start))) {
        const who = whoIs(run, book);
        if (who?.type === 'person') {
          const { role, org } = readAppositive(text.slice(previousComma + 1, commaEnd));
          return { who: { ...who, role: role ?? who.role, org: org ?? who.org }, start: run.start };
        }
        if (who) return { who, start: run.start };
      }
    }
    return { who: null, start: end };
  }
  const run = runEndingAt(text, end);
  if (!run || run.end !== end) {
    // "“…,” the mayor said": the person the article gave that post.
    const reference = ROLE_REFERENCE_BEFORE.exec(text.slice(Math.max(0, end - ROLE_REFERENCE_WINDOW), end));
    const person = reference?.[1] ? personByRole(book, reference[1]) : null;
    return person ? { who: knownPerson(person), start: end - (reference?.[0].length ?? 0) } : { who: null, start: end };
  }
  // "A spokesperson for Meta said": the organisation speaks through its spokesperson.
  const voice = run.start >= 8 ? VOICE_OF.exec(text.slice(Math.max(0, run.start - VOICE_WINDOW), run.start)) : null;
  if (voice) return { who: { type: 'org', name: run.words.join(' ') }, start: run.start - voice[0].length };
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, run.start - 10), run.start))) return { who: null, start: end };
  return { who: whoIs(run, book), start: run.start };
}

/** How far from its verb a reference by post ("the mayor", "the company's chief executive") is read. */
const ROLE_REFERENCE_WINDOW = 40;
/** "the mayor" / "the police chief" right before the verb. */
const ROLE_REFERENCE_BEFORE = /(?:^|[\s,“"])the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*$/u;
/** "the mayor" right after the verb, closed by punctuation. */
const ROLE_REFERENCE_AFTER = /^\s*the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?=\s*(?:[.,;:!?”"]|$))/u;
/** Title words that are no post on their own (Secretary of State, Attorney General, Senior Editor). */
const NOT_A_POST: ReadonlySet<string> = new Set(['state', 'of', 'general', 'defense', 'foreign', 'senior', 'former', 'special', 'executive', 'associate', 'assistant', 'deputy', 'vice', 'prime', 'leader']);
/** Words before a post that make it another post (the vice president is not "the president"). */
const OTHER_POST = /(?:^|\s)(?:vice|deputy|assistant|associate|former|co)$/u;

/**
 * The one person among those named recently whose post is `reference` (the mayor → Mayor Eric Adams,
 * the chief executive → Sarah Kim, chief executive of …), or null when none or several are.
 */
function personByRole(book: SpeakerBook, reference: string): PersonEntry | null {
  const wanted = reference.toLowerCase().replace(/\s+/gu, ' ');
  // Only a post refers to a person: "the state has responded" is no one's.
  const noun = wanted.slice(wanted.lastIndexOf(' ') + 1);
  if (NOT_A_POST.has(noun) || !isJobWord(noun)) return null;
  return onlyRecentWithPost(book, (role) => {
    // The post's head: the words before "of/at/for/with/in" (research professor of planning → research professor).
    const head = role.toLowerCase().split(/\s+(?:of|at|for|with|in)\s+/u)[0]?.trim() ?? '';
    return head === wanted || (head.endsWith(` ${wanted}`) && !OTHER_POST.test(head.slice(0, -wanted.length - 1)));
  });
}

/** A person already in the book, as a subject. */
function knownPerson(person: PersonEntry): Who {
  return { type: 'person', name: person.name, surname: person.surname, role: null, org: null, alias: null, surnameOnly: false };
}

/** How far before an organisation its unnamed spokesperson is read ("a spokeswoman for the"). */
const VOICE_WINDOW = 48;
/** An unnamed voice of the organisation that follows: "A spokesperson for", "a Google spokesman" is not this form. */
const VOICE_OF = /(?:^|[\s,;(])(?:an?|the)\s+(?:(?:senior|chief|deputy|official|press)\s+)?(?:spokes(?:person|man|woman)|representative|press\s+officer)\s+(?:for|at|of|with)\s+(?:the\s+)?$/iu;

/**
 * Whether the word right before `start` is a lower-case word that opens no clause (different, new,
 * many), so the capitalised words from `start` modify a noun rather than open a sentence's subject.
 */
function afterModifier(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && text[end - 1] === ' ') end--;
  let begin = end;
  while (begin > 0 && /\p{L}/u.test(text[begin - 1] ?? '')) begin--;
  const word = text.slice(begin, end);
  if (word === '' || !/^\p{Ll}/u.test(word)) return false;
  return word !== 'that' && !CLAUSE_OPENERS.has(word.charAt(0).toUpperCase() + word.slice(1));
}

/** How far after an inverted verb a lower-case title is read. */
const LOWER_TITLE_WINDOW = 60;

/**
 * Can LOWER_TITLE_BEFORE_NAME match at `from`? It needs a lower-case letter after the spaces; an ASCII
 * character other than a–z is none (a capital, the usual case: "said Josh Earnest"), so it is not run.
 */
function mayOpenLowerTitle(text: string, from: number): boolean {
  const to = Math.min(text.length, from + LOWER_TITLE_WINDOW);
  let at = from;
  while (at < to && isSpaceAt(text, at)) at++;
  if (at >= to) return false;
  const code = text.charCodeAt(at);
  return code >= 128 || (code >= 97 && code <= 122);
}

/** Marks that close an appositive after a name (", the White House press secretary, …"). */
const APPOSITIVE_ENDS: ReadonlySet<number> = new Set([...',.;:!?”"'].map((mark) => mark.charCodeAt(0)));

/** The first appositive-closing mark in `[from, to)`, or -1: not the period of an abbreviation before a name ("a nurse at St. Mary's"). */
function appositiveEnd(text: string, from: number, to: number): number {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (APPOSITIVE_ENDS.has(code) && !(code === PERIOD && BEFORE_NAME_ABBREVIATION.test(text.slice(Math.max(0, at - 5), at)))) return at;
  }
  return -1;
}
const PERIOD = 0x2e;

/** The name after an inverted verb or "according to", with its appositive: said Josh Earnest, the White House press secretary. */
function subjectAfter(text: string, from: number, book: SpeakerBook): { who: Who | null; end: number } {
  // "“…,” said the mayor.": the person the article gave that post.
  const reference = mayOpenLowerTitle(text, from) ? ROLE_REFERENCE_AFTER.exec(text.slice(from, from + ROLE_REFERENCE_WINDOW)) : null;
  const byRole = reference?.[1] ? personByRole(book, reference[1]) : null;
  if (byRole && reference) return { who: knownPerson(byRole), end: from + reference[0].length };
  // "said the family's lawyer, Mark Geragos" / "said his mother, Fiona Parry": a job or a relative, then the name.
  const jobFirst = mayOpenLowerTitle(text, from) ? JOB_THEN_NAME.exec(text.slice(from, from + LOWER_TITLE_WINDOW)) : null;
  if (jobFirst?.[1]) {
    const named = runStartingAt(text, from + jobFirst[0].length);
    const who = named ? whoIs(named, book) : null;
    if (named && who?.type === 'person') {
      const job = jobFirst[1].trim().replace(ARTICLE, '');
      return { who: { ...who, role: who.role ?? (KINSHIP_BEFORE.test(job) ? null : job) }, end: named.end };
    }
  }
  // A lower-case title may come first: "said chief inspector Jennifer Mattinson".
  const lowerTitle = mayOpenLowerTitle(text, from) ? LOWER_TITLE_BEFORE_NAME.exec(text.slice(from, from + LOWER_TITLE_WINDOW)) : null;
  // "according to research done at Harvard", "according to data from the CDC": a document's source, not a speaker.
  if (lowerTitle?.[1] && DOCUMENT_FIRST.test(lowerTitle[1])) return { who: null, end: from };
  let run = runStartingAt(text, from + (lowerTitle?.[0].length ?? 0));
  if (!run) return { who: null, end: from };
  // "according to a recent American Express (Amex) Trendex report": a document, not a speaker.
  if (DOCUMENT_AFTER.test(text.slice(run.end, run.end + 80))) return { who: null, end: from };
  // "says Maxi Moving's Vice President, Ivan Cheptenari": the titles, then the name after the comma.
  const titles = text[run.end] === ',' ? titleOnly(run) : null;
  const named = titles ? runStartingAt(text, run.end + 1) : null;
  if (titles && named) run = named;
  // "said a spokesperson for Meta": the organisation speaks through its spokesperson.
  if (lowerTitle?.[1] && VOICE_OF.test(lowerTitle[1]) && !titles) return { who: { type: 'org', name: run.words.join(' ') }, end: run.end };
  let who = whoIs(run, book);
  let end = run.end;
  if (who?.type === 'person' && titles && named) who = { ...who, role: who.role ?? titles.role, org: who.org ?? titles.org };
  const described = lowerTitle?.[1] && !ONLY_ARTICLES.test(lowerTitle[1]) ? lowerTitle[1].trim().replace(ARTICLE, '') : null;
  if (who?.type === 'person' && described) who = { ...who, role: who.role ?? described };
  // "Tasos Georgelis of the city's Department of Environmental Protection" / "from the West Mercia police".
  // OF_ORG opens with a space: it runs only after one.
  const ofOrg = who?.type === 'person' && end < text.length && isSpaceAt(text, end) ? OF_ORG.exec(text.slice(end, end + 100)) : null;
  if (who?.type === 'person' && ofOrg?.[1]) {
    who = { ...who, org: who.org ?? ofOrg[1].replace(TRAILING_CONNECTORS, '').trim() };
    end += ofOrg[0].length;
  }
  // "said Jane Doe, 45, a nurse from Ohio": the age, then the job.
  if (who?.type === 'person' && text[end] === ',') {
    const age = AGE_APPOSITIVE.exec(text.slice(end, end + 8));
    if (age) end += age[0].length - 1;
  }
  if (who?.type === 'person' && text[end] === ',') {
    const next = appositiveEnd(text, end + 1, Math.min(text.length, end + 160));
    const stop = next < 0 ? text.length : next;
    const appositive = readAppositive(text.slice(end + 1, stop));
    if (appositive.role || appositive.org) {
      who = { ...who, role: appositive.role ?? who.role, org: appositive.org ?? who.org };
      end = stop;
    }
  }
  return { who, end };
}

function makeQuote(block: TextBlock, start: number, end: number, direct: boolean): Quote | null {
  const text = block.text;
  while (start < end && /[\s,:;—–-]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:—–-]/u.test(text[end - 1] ?? '')) end--;
  if (end - start < 3) return null;
  return { text: text.slice(start, end), blockId: block.id, start, end, direct };
}

/** Attributes the quotations and reported speech of every English body paragraph into `book`. */
export function attributeEnglish(doc: Segmented, book: SpeakerBook): void {
  let lastBlockSpeaker: PersonEntry | null = null;
  // Sentences grouped by block once (filtering the whole list per block was quadratic on long pages).
  const sentencesByBlock = new Map<number, Sentence[]>();
  for (const sentence of doc.sentences) {
    const list = sentencesByBlock.get(sentence.block);
    if (list) list.push(sentence);
    else sentencesByBlock.set(sentence.block, [sentence]);
  }
  for (const block of doc.blocks) {
    if (block.role === 'heading' || block.role === 'title') {
      // Headings and decks name people in full ("Fiona Parry issued a plea…") whom the body calls by one name.
      const person = registerMentions(block.text, book);
      // Only a deck sentence about the person ("Fiona Parry issued a plea…"), not a bare title line, hands them the next paragraph.
      if (person && block.text.split(/\s+/u).length >= 8) book.lastMentioned = lastBlockSpeaker = person;
      continue;
    }
    if (block.role !== 'body') continue;
    lastBlockSpeaker = attributeBlock(block, sentencesByBlock.get(block.index) ?? [], book, lastBlockSpeaker);
  }
}

/** Index of the last entry whose `key` is at most `value` in a list sorted by that key, or -1 (binary search). */
function lastAtMost<T>(list: readonly T[], key: (entry: T) => number, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const entry = list[middle];
    if (entry !== undefined && key(entry) <= value) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

const startOf = (entry: { start: number }): number => entry.start;
/** How far after a quotation's close a speech verb is taken to introduce it (“…,” one of the residents said). */
const MAX_GAP_TO_VERB = 40;

/**
 * Whether a quotation closes shortly before `verbStart`, in the same sentence, and the words between
 * name someone other than the last speaker (“…,” one resident told Reuters / “…,” said a neighbour). A
 * pronoun there (“…,” he added) goes on with the last speaker.
 */
function closesQuotationBefore(text: string, spans: readonly QuoteSpan[], verbStart: number): boolean {
  const span = spans[lastAtMost(spans, closeOf, verbStart - 1)];
  if (!span?.closed || verbStart - span.close > MAX_GAP_TO_VERB) return false;
  const gap = text.slice(span.close + 1, verbStart);
  if (/[.!?]/u.test(gap)) return false;
  const words = gap.match(/\p{L}+/gu) ?? [];
  return !words.some((word) => PRONOUNS.has(word.toLowerCase()) || BACK_REFERENCES.has(word.toLowerCase()));
}
/** Words that refer back to someone already speaking: "it said" (an organisation), "they said". */
const BACK_REFERENCES: ReadonlySet<string> = new Set(['it', 'they', 'we', 'i']);

const openOf = (span: QuoteSpan): number => span.open;
const closeOf = (span: QuoteSpan): number => span.close;

/** The sentence (of a block's sentences, in order and disjoint) that contains `position`, else the whole block. */
function sentenceBounds(sentences: readonly Sentence[], block: TextBlock, position: number): [number, number] {
  const index = lastAtMost(sentences, startOf, position);
  const sentence = index >= 0 ? sentences[index] : undefined;
  if (sentence && position < sentence.end) return [sentence.start, sentence.end];
  return [0, block.text.length];
}

/** Where the title words (TITLE_WORDS, "of" among them) right before `start` begin ("Secretary of |State …"). */
function titleWordsBefore(text: string, start: number): number {
  let begin = start;
  for (let words = 0; words < 4 && begin > 1 && text[begin - 1] === ' '; words++) {
    let wordStart = begin - 1;
    while (wordStart > 0 && /[\p{L}.-]/u.test(text[wordStart - 1] ?? '')) wordStart--;
    if (!TITLE_WORDS.has(text.slice(wordStart, begin - 1))) break;
    begin = wordStart;
  }
  return begin;
}

/** Registers people introduced without a statement ("worried Tasos Georgelis, deputy commissioner … at the DEP"). */
function registerMentions(text: string, book: SpeakerBook): PersonEntry | null {
  let last: PersonEntry | null = null;
  PERSON_MENTION.lastIndex = 0;
  for (let match = PERSON_MENTION.exec(text); match; match = PERSON_MENTION.exec(text)) {
    // "Secretary of State Antony Blinken": the match starts at "State"; the title words before it belong to it.
    const start = titleWordsBefore(text, match.index);
    const run: NameRun = { start, end: match.index + (match[1]?.length ?? 0), words: splitOnSpaces(text.slice(start, match.index) + (match[1] ?? '')), afterThe: /\bthe\s+$/iu.test(text.slice(Math.max(0, start - 5), start)) };
    const who = whoIs(run, book);
    if (who?.type !== 'person' || who.surnameOnly || !run.words.every((word) => !NOT_PERSON.has(word))) continue;
    if (findPerson(book, who.name) === undefined && run.words.length - (who.role ? who.role.split(' ').length : 0) < 2) continue;
    const appositive = match[3] ? readAppositive(match[3]) : { role: null, org: null };
    // "Fiona" quoted first and "Fiona Parry" named later are one person: the fuller name wins.
    const short = findPerson(book, run.words[0] ?? '');
    if (!findPerson(book, who.name) && short && !/\s/u.test(short.name) && run.words.length === 2) {
      renamePerson(book, short, who.name, who.surname);
    }
    if (!appositive.role && !who.role) {
      const described = roleBeforeName(text, start);
      if (described?.[2]) {
        // "said chief inspector Jennifer Mattinson": the verb before the job is not part of it.
        appositive.role = described[2].trim().replace(SPEECH_VERB_FIRST, '');
        // "Their founder Avi Oz": a possessive determiner is no organisation; "Retired teacher Tom Hill",
        // "Local resident Jane Fox": a capitalised modifier at a sentence start belongs to the role.
        const owner = described[1]?.trim() ?? '';
        if (ROLE_MODIFIERS.has(owner)) appositive.role = `${owner.toLowerCase()} ${appositive.role}`;
        // "Pakistan-based developer Ammar Askar": where someone works or comes from describes the job.
        else if (PLACE_MODIFIER.test(owner)) appositive.role = `${owner} ${appositive.role}`;
        else appositive.org = (owner && !POSSESSIVE_DETERMINERS.has(owner) ? owner : null) || appositive.org;
      }
    }
    last = notePerson(book, { name: who.name, surname: who.surname, role: appositive.role ?? who.role, org: appositive.org ?? who.org });
  }
  return last;
}

function attributeBlock(block: TextBlock, blockSentences: readonly Sentence[], book: SpeakerBook, previousSpeaker: PersonEntry | null): PersonEntry | null {
  const text = block.text;
  registerMentions(text, book);
  // Quotations are found when first needed: a paragraph without a cue (most of them, and every page of
  // bare quote marks) needs them only to continue the previous speaker's words.
  let found: { spans: QuoteSpan[]; mask: Uint8Array } | undefined;
  const quotations = (): { spans: QuoteSpan[]; mask: Uint8Array } => {
    if (!found) {
      const spans = findQuoteSpans(text, 'en');
      found = { spans, mask: quoteMask(text.length, spans) };
    }
    return found;
  };
  const cues: Cue[] = [];
  /** Whether a speech verb with no speaker that can be named follows a quotation (“…,” one resident said). */
  let quotedUnnamed = false;

  SPEECH_VERB.lastIndex = 0;
  for (let match = SPEECH_VERB.exec(text); match; match = SPEECH_VERB.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (quotations().mask[start] === 1) continue;
    if (INFINITIVE_SPEECH_VERBS.has(match[0]) && INFINITIVE_AFTER.test(text.slice(end, end + 8))) continue;
    const publication = PUBLICATION_VERBS.has(match[0]);
    // Inverted: ,” said NAME / , said NAME (the name after the verb counts only after a comma or a quotation).
    // Whom "told" tells follows it (…, 34, told The Associated Press): never the speaker.
    if (!LISTENER_VERBS.has(match[0]) && invertedBefore(text, start)) {
      const after = subjectAfter(text, end, book);
      if (after.who) {
        cues.push({ start, end, who: after.who, clauseStart: start, clauseEnd: after.end, inverted: true, publication });
        continue;
      }
    }
    const subject = subjectBefore(text, start, book);
    // "different US states, …": a noun-like verb after a modifier is a noun.
    if (subject.who && NOUN_LIKE_SPEECH_VERBS.has(match[0]) && afterModifier(text, subject.start)) continue;
    if (subject.who) cues.push({ start, end, who: subject.who, clauseStart: subject.start, clauseEnd: end, inverted: false, publication });
    // “It’s a disaster,” one resident told Reuters: someone this paragraph does not name said it.
    else if (!quotedUnnamed) quotedUnnamed = closesQuotationBefore(text, quotations().spans, start);
  }
  ACCORDING_TO.lastIndex = 0;
  for (let match = ACCORDING_TO.exec(text); match; match = ACCORDING_TO.exec(text)) {
    if (quotations().mask[match.index] === 1) continue;
    const after = subjectAfter(text, match.index + match[0].length, book);
    if (after.who && after.who.type !== 'pronoun') {
      cues.push({ start: match.index, end: match.index + match[0].length, who: after.who, clauseStart: match.index, clauseEnd: after.end, inverted: true, publication: false });
    }
  }
  cues.sort((a, b) => a.start - b.start);

  // Without cues, quotations matter only to continue the previous speaker's words (the end of this function).
  const spans = cues.length > 0 || previousSpeaker !== null ? quotations().spans : [];
  const used = new Set<QuoteSpan>();
  // Only a paragraph with cues looks its quotations up by position (a page of bare quote marks has thousands).
  const spanOpeningAt = new Map(cues.length > 0 ? spans.map((span) => [span.open, span]) : []);
  let lastSpeaker: PersonEntry | null = previousSpeaker;
  /** Whether a cue of this paragraph quoted a person (its last one is then lastSpeaker). */
  let quotedHere = false;
  let previousEnd = 0;
  for (const [index, cue] of cues.entries()) {
    const who = cue.who;
    const person = who?.type === 'org' ? null : personFor(book, who);
    const org = who?.type === 'org' ? who.name : null;
    if (!person && !org) continue;
    if (person && cue.publication) continue; // "X reported" makes outlets speak, not people
    const statements: Quote[] = [];
    const [sentenceStart, sentenceEnd] = sentenceBounds(blockSentences, block, cue.start);
    // The quotation just before the cue (“…,” she said / “…,” said X).
    // Spans are top-level, so in text order by both marks: read back from the last one closing before the cue.
    let before: QuoteSpan | undefined;
    for (let k = lastAtMost(spans, closeOf, cue.clauseStart - 1); k >= 0; k--) {
      const span = spans[k];
      if (!span || span.open < previousEnd) break;
      if (span.closed && !used.has(span)) {
        before = span;
        break;
      }
    }
    const gapBefore = before ? text.slice(before.close + 1, cue.clauseStart) : '';
    // Only descriptors between the quotation and the cue ("…," Pakistan-based developer Ammar Askar wrote).
    const beforeIsOurs = before !== undefined && gapBefore.length <= 60 && !/[.!?;:“”"]/u.test(gapBefore);
    if (before && beforeIsOurs) {
      used.add(before);
      const quote = makeQuote(block, before.innerStart, before.innerEnd, true);
      if (quote) statements.push(quote);
    }
    // The quotation after it (X said: “…” / “…,” X said, “…”).
    const afterStart = cue.clauseEnd + gapAfterCue(text, cue.clauseEnd);
    // Or after a short complement and a comma or colon (X told the New York Times, “…” / X said in a statement: “…”).
    const next = spans[lastAtMost(spans, openOf, afterStart - 1) + 1];
    const complement = next ? text.slice(cue.clauseEnd, next.open) : '';
    const opening = spanOpeningAt.get(afterStart) ?? (next && complement.length <= MAX_COMPLEMENT && COMPLEMENT_BEFORE_QUOTE.test(complement) ? next : undefined);
    const after = opening && !used.has(opening) ? opening : undefined;
    if (after) {
      used.add(after);
      const quote = makeQuote(block, after.innerStart, after.innerEnd, true);
      if (quote) statements.push(quote);
    } else if (!beforeIsOurs) {
      // Reported speech: X said (that) … to the sentence end; or …, X said. from the sentence start.
      const listenerEnd = cue.inverted ? cue.clauseEnd : cue.clauseEnd + listenerAfter(text, cue.start, cue.end);
      const thatEnd = listenerEnd + reportingThat(text, listenerEnd);
      // The reported clause runs to the sentence end. In a "sentence" longer than any prose sentence (text
      // the splitter could not split, such as "X said X said …" without a full stop), it stops where the
      // next cue's subject starts: otherwise every cue would quote the rest of the block, and the
      // response would grow with the square of the block.
      const statementEnd =
        sentenceEnd - sentenceStart > LONG_SENTENCE ? Math.min(sentenceEnd, nextClauseFrom(cues, index + 1, thatEnd)) : sentenceEnd;
      // ", according to Nick Eberts, product manager, …, and Ameenah Burhan": after an inverted cue, a comma
      // or "and" goes on with the names, not with what they said (which came before the cue).
      const namesGoOn = cue.inverted && invertedBefore(text, cue.clauseStart) && NAMES_GO_ON.test(text.slice(cue.clauseEnd, cue.clauseEnd + 8));
      if (!namesGoOn && hasWords(text, thatEnd, statementEnd, MIN_REPORTED_CHARS) && !SENTENCE_END.test(text[cue.clauseEnd] ?? '')) {
        const quote = makeQuote(block, thatEnd, statementEnd, false);
        if (quote) statements.push(quote);
      } else if (cue.clauseStart > sentenceStart + 8 && text[cue.clauseStart - 2] === ',') {
        const from = Math.max(sentenceStart, previousEnd);
        const quote = makeQuote(block, from, cue.clauseStart - 1, false);
        const nextSpan = spans[lastAtMost(spans, openOf, from - 1) + 1];
        if (quote && !(nextSpan && nextSpan.open < cue.clauseStart)) statements.push(quote);
      }
    }
    for (const quote of statements) {
      if (person) attributeToPerson(book, person, quote);
      else if (org) attributeToOrg(book, org, quote);
    }
    if (person && statements.length) {
      lastSpeaker = person;
      quotedHere = true;
    }
    previousEnd = Math.max(cue.clauseEnd, after ? after.close + 1 : 0);
  }
  // “…,” Rivera said in an interview. “…”: a quotation that is a sentence of its own after the paragraph's
  // last cue, claimed by no cue, goes on with the words of the person that cue quoted. (Not one with words
  // after it: “…,” one researcher told Cutts.)
  if (quotedHere && lastSpeaker) {
    for (const span of spans) {
      if (span.open < previousEnd || used.has(span) || !span.closed) continue;
      const [sentenceStart, sentenceEnd] = sentenceBounds(blockSentences, block, span.open);
      if (sentenceStart !== span.open || !ONLY_CLOSING_MARKS.test(text.slice(span.close + 1, sentenceEnd))) continue;
      const quote = makeQuote(block, span.innerStart, span.innerEnd, true);
      if (quote) attributeToPerson(book, lastSpeaker, quote);
    }
  }
  // A quotation standing alone in a paragraph right after a speaker's paragraph continues their words.
  if (cues.length === 0 && !quotedUnnamed && lastSpeaker && spans.length > 0 && spans[0]?.open === text.search(/\S/u)) {
    for (const span of spans) {
      const quote = makeQuote(block, span.innerStart, span.innerEnd, true);
      if (quote) attributeToPerson(book, lastSpeaker, quote);
    }
    return lastSpeaker;
  }
  return cues.length ? lastSpeaker : null;
}
