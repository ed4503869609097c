import { ZH_NEWS_MARKERS } from '../lang/news-markers.ts';
import { contribution, type Signal } from './signal.ts';

/** Share of CJK characters in the long paragraphs from which a page is read as Chinese. */
const MIN_CJK_SHARE = 0.2;

/**
 * Chinese news pages label their info line and footer: 来源, 发布时间, 责任编辑, 记者, and show a
 * breadcrumb (现在的位置). One marker is common on any Chinese page; two or more distinct ones are
 * the mark of a news article template.
 */
export const zhNewsMarkers: Signal = (context) => {
  // Chinese labels say nothing about a page written in another script, and reading the body text
  // for them is the costliest step of detection.
  if (context.cjkShare < MIN_CJK_SHARE) return null;
  const found = ZH_NEWS_MARKERS.filter((marker) => marker.pattern.test(context.textSample())).map((marker) => marker.name);
  if (found.length >= 3) return contribution(1.6, `news markers ${found.join('/')}`);
  if (found.length === 2) return contribution(1, `news markers ${found.join('/')}`);
  if (found.length === 1) return contribution(0.3, `news marker ${found[0]}`);
  return null;
};
