import { LIMITS, type AnalyzeRequest, type Block } from '../../shared/schema/index.ts';

/**
 * Pathological texts for the analysis (issue 6 item 2), shared by the linear-growth test
 * (test/analysis/hostile-text.test.ts) and the benchmark (`npm run bench`, scripts/bench.ts): the same
 * inputs are checked for the shape of their growth in the tests and timed at 1 MB in the bench.
 *
 * Each is a name and a unit repeated to any length: the shapes that make a backtracking regex, a
 * nested scan or a per-match copy of the text blow up.
 */
export const PATHOLOGICAL: ReadonlyArray<readonly [name: string, unit: string]> = [
  ['Chinese curly quotes, unbalanced', '“'],
  ['alternating curly quotes', '“”'],
  ['corner brackets, unbalanced', '「'],
  ['straight double quotes', '"'],
  ['colons', '：'],
  ['ASCII colons and spaces', ': '],
  ['interpuncts', '·'],
  ['name-like interpunct chains', '阿·'],
  ['opening brackets', '（'],
  ['nested brackets', '(['],
  ['repeated 说', '说'],
  ['repeated 表示', '表示'],
  ['repeated said', 'said '],
  ['speech openers without closing quotes', '张三说：“'],
  ['English attributions without closing quotes', 'John Smith said "'],
  ['Chinese without punctuation', '新型工业化推进大会在北京召开'],
  ['English without punctuation', 'prices rise when ministers speak '],
  ['one long word', 'a'],
  ['mixed scripts and emoji', '中文English😀مرحبا'],
  ['right-to-left text', 'قال الوزير إن الأسعار '],
  ['titles and names', '处长汪凤英表示，'],
  // Each paragraph's "该项目部" refers back to an earlier 项目部: the search for it must not re-read the page every time.
  ['organisation references', '该项目部表示，'],
  // No sentence end: each reported statement must not run to the end of the block (output quadratic in its length).
  ['English reported speech without full stops', 'Mr. Smith said '],
  ['inverted attributions without full stops', 'said Josh Earnest, '],
  // 是 + a post with no he/she after it, and quotations that may continue a cue's speaker: each 是 and
  // each quotation is one look at its neighbourhood (timed at 1 MB by the bench; growth checked across blocks).
  ['names introduced with a post', '李娜是一名护士，'],
  ['quotations after a cue', '张伟说。“好。”'],
  ['English quotations after a cue', '"Fine," said Anna Rivera. "Yes." '],
  // Subjects read past a manner adverbial (地), a clause before a comma, or a post that refers back to
  // someone: each cue looks at a bounded neighbourhood and at most the 30 people named last.
  ['subjects read past adverbials and posts', '老张是村党支部书记，他顿了顿，接着说，总经理刘伟信心满满地说，校长说，'],
  ['English references by post and unnamed speakers', 'Mayor Eric Adams said the mayor said "Fine," one resident told Reuters, '],
];

/** What the Worker's body limit counts: a megabyte is a million ASCII characters but only ~333,000 Chinese ones. */
export const ONE_MB = 1_000_000;

/**
 * A valid request whose text is about `bytes` of UTF-8, in full-size blocks of `unit` (the most the
 * Worker accepts per block), so super-linear work inside a block or across blocks both show.
 */
export function pathologicalRequest(unit: string, bytes: number): AnalyzeRequest {
  const blockText = unit.repeat(Math.ceil(LIMITS.maxBlockChars / unit.length)).slice(0, LIMITS.maxBlockChars);
  const blockBytes = new TextEncoder().encode(blockText).length;
  const blockCount = Math.max(1, Math.round(bytes / blockBytes));
  const blocks: Block[] = Array.from({ length: blockCount }, (_, index) => ({ id: `b${index}`, kind: 'paragraph', text: blockText }));
  return { title: unit.repeat(50).slice(0, LIMITS.maxTitleChars), blocks };
}
