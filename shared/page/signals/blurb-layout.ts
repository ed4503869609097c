import { contribution, type Signal } from './signal.ts';

/** Headings from which a page can be a grid of "heading + blurb" cards. */
const MANY_HEADINGS = 15;
/** Short text units (blurbs, labels, captions) per long paragraph above which the page is blurbs. */
const BLURBS_PER_PARAGRAPH = 3;

/**
 * Landing, service and catalogue pages are built from cards: a heading and a one-line blurb each,
 * with few or no paragraphs of prose. An article has several long paragraphs for each heading.
 *
 * @example an insurance landing page: 29 headings, 43 short blurbs, 5 long paragraphs → -1.0
 */
export const blurbLayout: Signal = (context) => {
  const paragraphs = context.proseParagraphs;
  // The blurb count first: it is already known, and most pages stop here without counting headings.
  if (context.shortParagraphs < BLURBS_PER_PARAGRAPH * Math.max(1, paragraphs)) return null;
  const headings = context.elements('h2').length + context.elements('h3').length + context.elements('h4').length;
  if (headings < MANY_HEADINGS) return null;
  return contribution(-1, `${headings} headings and ${context.shortParagraphs} short blurbs for ${paragraphs.toFixed(0)} paragraph(s) of prose`);
};
