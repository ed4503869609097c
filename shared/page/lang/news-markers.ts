/**
 * Language data for page structure: the words news pages use for their source, date, byline and
 * editor lines, and for breadcrumbs. Algorithms live in signals/ and extract/; only data here.
 * Every regex is compiled once, with what it matches.
 */

/** Separator after a label: ASCII or full-width colon, optionally spaced. */
const COLON = '\\s*[:：]\\s*';

/**
 * Chinese news-page markers used by detection. Each matches a label as it appears in a page's info
 * line, e.g. "来源:青海日报", "发布时间：2023-09-26", "[责任编辑:海燕]", "(本报记者 王菲菲)".
 */
export const ZH_NEWS_MARKERS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  /** 来源：青海日报 / 文章来源: … */
  { name: '来源', pattern: new RegExp(`来源${COLON}\\S`, 'u') },
  /** 发布时间 / 发表时间 / 发稿时间 / 时间 followed by a date */
  { name: '发布时间', pattern: /(?:发布|发表|发稿|更新)(?:时间|日期)\s*[:：]?\s*\d{2,4}/u },
  /** 责任编辑：海燕 / 编辑: … */
  { name: '责任编辑', pattern: new RegExp(`(?:责任编辑|责编|编辑)${COLON}\\S`, 'u') },
  /** 记者 王菲菲 / 本报记者 / 通讯员 */
  { name: '记者', pattern: /(?:本报|新华社|央视|记者)\s*记者|记者\s*[\u4e00-\u9fff]{2,4}|通讯员\s*[\u4e00-\u9fff]{2,4}/u },
  /** 作者：李在山 (the byline label of portal info lines) */
  { name: '作者', pattern: new RegExp(`作者${COLON}[\\u4e00-\\u9fff]`, 'u') },
  /** Breadcrumbs: 现在的位置 / 当前位置 / 您的位置 / 所在位置 / 您所在的位置 */
  { name: '当前位置', pattern: /(?:现在的|当前|您的|你的|您所在的|所在)位置\s*[:：>]?/u },
  /** A breadcrumb that ends at the article itself: 和讯网 > 股票 > 股市报道 > 正文 */
  { name: '> 正文', pattern: /[>›»]\s*正文/u },
  /** A publication date with its time of day, as the info line under a headline: 2019-09-26 10:56:28 */
  { name: '日期时间', pattern: /(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}/u },
];

/**
 * Marks of a publication in page text, for detection: a date (numeric, CJK or written out in English)
 * or a Chinese info-line label. One is enough: landing, service and shop pages carry none of them.
 * (English bylines are left out: "By" starts too many other phrases — "Sort By Price", "Design by …".)
 */
export const PUBLICATION_MARKS: readonly RegExp[] = [
  /** 2023-09-26, 2023/9/26, 2023.09.26, 2023年9月26日 */
  /(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/u,
  /** March 3, 2024 / Mar. 3rd 2024 / 3 March 2024 */
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2}\b/i,
  /** 来源：… / 作者：… / 责任编辑：… / 本报记者 / 发布时间 */
  /(?:来源|出处|作者|责任编辑|责编|编辑)\s*[:：]\s*\S|(?:本报|新华社|央视)\s*记者|记者\s*[\u4e00-\u9fff]{2,4}|(?:发布|发表|发稿)(?:时间|日期)/u,
];

/** A date as written on news pages: 2023-09-26, 2023/9/26, 2023.09.26, 2023年9月26日. */
export const DATE_IN_TEXT = /(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/u;

/**
 * A block that is a source / date / byline / editor line rather than article text. Matched against a
 * short block's whole text (callers limit the length). Covers:
 *   来源：青海日报  发布时间：2023-09-26   |  [责任编辑:海燕]  |  (本报记者 王菲菲 执笔;…)
 *   作者：张三  |  By Jane Doe  |  Updated 10:32 AM ET, Mon February 1, 2016
 */
export const META_LINE_PATTERNS: readonly RegExp[] = [
  /**
   * Chinese labelled fields at the start of the line (brackets allowed before them), the label set off
   * by a colon, a bar or a slash: 来源：青海日报 / 文｜张三 / 执笔/叨叨姐.
   */
  /^[\s【\[(（]*(?:文章|信息|新闻)?(?:来源|出处|发布时间|发表时间|发布日期|发稿时间|更新时间|时间|日期|作者|撰文|执笔|采写|文|记者|通讯员|责任编辑|责编|编辑|编审|审核|校对|摄影|图)\s*[:：|｜/／]/u,
  /** 本报记者 / 新华社记者 … at the start, usually in brackets, e.g. (本报记者 王菲菲 执笔;…). */
  /^[\s【\[(（]*(?:本报|本刊|本台|本网|新华社|中新社|中新网|人民网|央视网?)?(?:特约)?(?:记者|通讯员|评论员)\s*[\u4e00-\u9fff·]{2,}/u,
  /** A trailing editor tag anywhere in a short line: [责任编辑:海燕] / (编辑 张三) */
  /[【\[(（]\s*(?:责任编辑|责编|编辑|作者|来源)\s*[:：]?\s*[^\]】)）]{1,30}[\]】)）]\s*$/u,
  /** A line that is only a date (and maybe a time): "Feb. 21, 2019", "2023-09-26 10:32", "2023年9月26日". */
  /^(?:updated|published|posted|发布于)?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{4}|(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))(?:\s*[,|]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\s*(?:[A-Z]{2,4})?)?\s*$/iu,
  /** English bylines and datelines: "By Jane Doe", "Updated 10:32 AM ET", "Published March 3, 2020". */
  /^(?:by\s+[A-Z][\p{L}.'’-]+|(?:updated|published|posted)\s*:?\s+(?:\d|on\s|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))/iu,
];

/**
 * Boilerplate that must never become a paragraph, matched against a short block's whole text:
 * copyright lines, previous/next links, share bars, "related" headings, font-size switches.
 */
export const BOILERPLATE_LINE_PATTERNS: readonly RegExp[] = [
  /** Copyright footers: 版权所有 / Copyright © / 未经授权禁止转载 / All rights reserved. */
  /版权所有|版权声明|未经(?:书面)?(?:授权|许可)|禁止转载|不得转载|转载请注明|copyright\s*©?|©\s*\d{4}|all rights reserved/iu,
  /** Previous/next article links. */
  /^(?:上一篇|下一篇|上一页|下一页|previous article|next article)\s*[:：]?/iu,
  /** Share bars and font-size switches. */
  /^(?:分享到|分享至|分享|字号|打印|关闭窗口|收藏|share(?: this)?(?: on)?)\s*[:：]?/iu,
  /** "Related" list headings. */
  /^(?:相关(?:新闻|阅读|文章|报道|链接|推荐|内容|资讯|视频|专题)|(?:延伸|推荐|扩展)阅读|[\p{L}]{0,4}(?:精彩|热门|热点|编辑|今日|为你|更多)推荐|热门文章|猜你(?:喜欢|想看)|related(?: articles| stories| posts| content| reading)?|more from\b.{0,30}|read more|recommended(?: for you| reading)?|you (?:may|might) also like|more stories)\s*[:：]?\s*$/iu,
  /** A box's title with its "more" link (热门H5手游+更多, 图片新闻 更多>>, Latest news More »). */
  /^.{1,16}?(?:\s*[+＋]\s*更多|\s*更多\s*[>»›]+|\s+more\s*[>»›]+)\s*$/iu,
  /** Breadcrumb lines. */
  /^(?:现在的位置|当前位置|您的位置|你的位置|所在位置|首页\s*[>›»/])/u,
  /** Reader-comment and app prompts. */
  /^(?:扫一扫|扫描二维码|打开.{0,6}app|下载.{0,6}客户端|发表评论|我要评论|网友评论|举报)/iu,
];

/**
 * Controls that share an info line with the source and date ("字号：大 中 小", "分享到", "打印"):
 * everything from the first of them to the end of the line is cut from a meta block.
 */
export const META_LINE_TRAILING_CONTROLS = /\s*(?:[【\[(（]?\s*(?:字号|字体|分享到|分享|打印|关闭窗口|关闭|收藏|评论|纠错|我要纠错|扫一扫|放大|缩小)\s*[:：】\]）)]|\b(?:share|print|comments?)\s*:).*$/iu;

/** Image captions: 图为…, 图：…, （图片来源：…）, ▲…, "Photo:", "Image:". */
export const CAPTION_LINE = /^(?:[(（]?\s*(?:图为|图片[:：]|图\s*[:：\d]|资料图|摄影[:：]?)|▲|△|photo(?:graph)?\s*(?:by|:)|image\s*(?:by|:|credit)|credit\s*:)/iu;

/** Sentence-final punctuation: a line ending in it is prose, not a stand-alone heading. */
export const SENTENCE_END = /[。！？!?；;…]["”’」』)）]*$|[a-z0-9]\.["”’)]*$/u;

/** "Next page" controls of articles split over several pages (rel=next is checked separately). */
export const NEXT_PAGE_LINK = /^(?:下一页|下页|第\s*2\s*页|next\s*page|next\s*›|next\s*»|continue reading|2)$/iu;
