/**
 * Language data for extraction only (data, no algorithms): page furniture that sits inside article
 * bodies on real pages, class-name hints for sub-headings, and pagination controls. Detection's shared
 * markers live in ../lang/news-markers.ts; these are the extra ones block collection needs.
 * Every regex is compiled once, here, with what it matches.
 */

/**
 * Whole lines that are furniture inside the body: newsletter prompts, video-player chrome, ad labels,
 * photo credits, print-edition notes. Matched against a short line's whole text.
 */
export const FURNITURE_LINES: readonly RegExp[] = [
  /** "SIGN UP FOR OUR NEWSLETTER", "Sign up for our daily newsletter", "Subscribe to our newsletter". */
  /^(?:sign up|subscribe)\b.{0,40}\bnewsletters?\b.{0,20}$/iu,
  /** Ad slots and media labels alone on a line: "ADVERTISING", "Advertisement", "Image", "Replay". */
  /^(?:advertising|advertisement|sponsored|ad|image|photo|video|replay|play video|watch|facebook|twitter|instagram|embed|广告|图片|视频|点击播放|播放)$/iu,
  /** Video-player countdowns: "Your video will play in 00:25". */
  /^your video will (?:play|begin|start)\b/iu,
  /** Widget credits: "Powered by SmartAsset.com". */
  /^powered by\s+\S+$/iu,
  /** Print-edition notes: "A version of this article appears in print on …". */
  /^a version of this (?:article|story) appear(?:s|ed) in print\b/iu,
  /**
   * Agency photo credits alone on a line: "JIM WATSON/AFP/Getty Images", "Photo: Reuters",
   * "(Getty Images)", "视觉中国". Several slash-joined parts ending in a picture agency.
   */
  /^[(（]?(?:[\p{L}\p{N} .'’-]{1,40}\/){1,3}\s*(?:getty images|afp|ap|reuters|epa|shutterstock|alamy|ap photo|bloomberg|xinhua|视觉中国|新华社|东方ic)[)）]?$/iu,
  /^[(（]?(?:getty images|shutterstock|视觉中国|东方ic|图虫创意|摄图网)[)）]?$/iu,
];

/**
 * Class-name tokens that mark an element as a sub-heading styled by a stylesheet we cannot read
 * (<span class="bjh-h3">, <p class="subheading">, <div class="article-subtitle">). A whole line inside
 * such an element is an emphasis line like a bold one.
 */
export const HEADING_CLASS = /(?:^|[\s_-])(?:h[2-6]|heading|subhead(?:ing)?|sub-?title|inter-?title|crosshead|section-?title)(?:$|[\s_-])/iu;

/**
 * Sentence-final punctuation that keeps a standalone line from being a heading. A question mark is
 * allowed: bold lines like "一分钱变一元钱，消解经典文化可取吗？" head sections on real pages.
 */
export const STATEMENT_END = /[。！!；;…]["”’」』)）]*$|[a-z0-9]\.["”’)]*$/u;

/**
 * Controls that say the article continues on another page: 下一页, 第2页, "Next page", "Continue
 * reading", a page-number row ("1 2 3 下一页"). Matched against short link texts and lines.
 */
export const NEXT_PAGE_TEXT = /^(?:下一页|下页|下一頁|第\s*[2二]\s*页|next(?:\s+page)?|next\s*[›»>]|continue reading|page\s*2|[›»]|>>)$/iu;
/** A pager row: page numbers with an optional 上一页/下一页 ("1 2 3 4 下一页", "< 1 2 3 >"). */
export const PAGER_ROW = /^(?:[<‹«]|上一页|上页|prev(?:ious)?)?\s*1\s+2(?:\s+\d{1,2})*\s*(?:[>›»]|下一页|下页|next(?:\s+page)?)?$/iu;

/**
 * Info lines that open with a date and time, or carry one among a few words: "2020-06-06 10:08 来源：澎湃新闻",
 * "原创 南方都市报 2019-09-09 16:01:46". Callers limit the line's length (MAX_DATED_INFO_LINE).
 */
export const DATED_INFO_LINE = /(?:^|\s)(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s|$)/u;
/** Longest line (reading length) read as a dated info line. */
export const MAX_DATED_INFO_LINE = 80;
