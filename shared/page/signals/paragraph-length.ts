import { contribution, type Signal } from './signal.ts';

/**
 * Long prose paragraphs, counted CJK-aware (see readingLength). Follows isProbablyReaderable: each
 * paragraph over MIN_LENGTH adds sqrt(length − MIN_LENGTH), and the page is readerable above 20 —
 * but lengths here weight a CJK character as 3 Latin ones, so dense Chinese paragraphs count.
 */
export const paragraphLength: Signal = (context) => {
  let score = 0;
  let long = 0;
  for (const length of context.paragraphLengths) {
    if (length < MIN_LENGTH) continue;
    long += 1;
    score += Math.sqrt(length - MIN_LENGTH);
  }
  if (score >= 60) return contribution(1.5, `${long} long paragraphs`);
  if (score >= 20) return contribution(0.8, `${long} long paragraphs`);
  if (long === 0) return contribution(-1.5, 'no long paragraph');
  return contribution(-0.5, `only ${long} long paragraph(s)`);
};

/** isProbablyReaderable's minimum paragraph length (140 characters), in reading-length units. */
const MIN_LENGTH = 140;
