/**
 * Interface strings of the sidebar, in the two languages of the articles it reads. These tables, not
 * `browser.i18n`, because the reader can pick the language on the options page (the browser API only
 * knows the browser's language) and because the Worker's paste page renders the same sidebar without
 * any extension API.
 */
export type Locale = 'en' | 'zh';

export interface Labels {
  appName: string;
  close: string;
  summary: string;
  outline: string;
  speakers: string;
  organisations: string;
  terms: string;
  share: string;
  copyMarkdown: string;
  copied: string;
  copyFailed: string;
  retry: string;
  errorTitle: string;
  noSummary: string;
  noOutline: string;
  noSpeakers: string;
  noTerms: string;
  showQuotes: string;
  statements: (count: number) => string;
  stats: (chars: number, ms: number) => string;
  editor: string;
  /** Loading, one line per step. */
  progressReading: string;
  progressAnalysing: string;
  progress: (step: number, steps: number) => string;
  /** The analysis ran on this device because the Worker failed. */
  localTitle: string;
  localNote: (reason: string) => string;
  /** Opened on a page detection did not judge an article. */
  notArticleTitle: string;
  notArticleText: string;
  analyseAnyway: string;
  /** Terms: the chip's accessible description. */
  termHint: (count: number) => string;
  quoteHint: string;
  outlineHint: string;
  /** Share panel. */
  shareLink: string;
  sharing: string;
  shareLinkLabel: string;
  copyLink: string;
  linkCopied: string;
  deleteLink: string;
  linkDeleted: string;
  deleteFailed: string;
  shareExpires: (date: string) => string;
  shareUnavailable: string;
  shareFailed: (message: string) => string;
  saveImage: string;
  imageSaved: string;
  imageFailed: string;
  /** The outline card image. */
  cardFooter: string;
  /** The page context menu item. */
  menuSummarize: string;
  /** The sidebar's own code could not be loaded (the extension was updated or removed under the page). */
  loadFailed: string;
}

export const LABELS: Record<Locale, Labels> = {
  en: {
    appName: 'Article Lens',
    close: 'Close Article Lens',
    summary: 'Summary',
    outline: 'Outline',
    speakers: 'Who said what',
    organisations: 'Organisations',
    terms: 'Key terms',
    share: 'Share',
    copyMarkdown: 'Copy as Markdown',
    copied: 'Copied to the clipboard',
    copyFailed: 'Could not copy: the browser refused clipboard access',
    retry: 'Try again',
    errorTitle: 'Could not analyse this article',
    noSummary: 'No summary for this page.',
    noOutline: 'No sections found.',
    noSpeakers: 'No one is quoted.',
    noTerms: 'No key terms.',
    showQuotes: 'Quotes',
    statements: (count) => (count === 1 ? '1 statement' : `${count} statements`),
    stats: (chars, ms) => `${chars.toLocaleString('en')} characters analysed in ${Math.round(ms)} ms`,
    editor: 'Editor',
    progressReading: 'Reading the page…',
    progressAnalysing: 'Finding the outline, the speakers and the key terms…',
    progress: (step, steps) => `Step ${step} of ${steps}`,
    localTitle: 'Analysed on this device',
    localNote: (reason) => `The Worker could not answer (${reason}), so Article Lens analysed the article here, in the browser. The result is the same analysis; nothing was sent.`,
    notArticleTitle: 'This page does not look like an article',
    notArticleText: 'Article Lens reads news articles. This page looks like a list, a front page or an app. Nothing has been sent anywhere.',
    analyseAnyway: 'Analyse anyway',
    termHint: (count) => `Highlight in the page (${count}×)`,
    quoteHint: 'Show in the page',
    outlineHint: 'Go to this section',
    shareLink: 'Share link',
    sharing: 'Creating a link…',
    shareLinkLabel: 'Share link',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    deleteLink: 'Delete link',
    linkDeleted: 'The link was deleted.',
    deleteFailed: 'Could not delete the link. Try again later.',
    shareExpires: (date) => `Anyone with the link can see this outline until ${date}. The article’s text is not shared.`,
    shareUnavailable: 'The share service is unavailable right now, so no link was made. Copy the outline as Markdown instead:',
    shareFailed: (message) => `No link was made: ${message}`,
    saveImage: 'Save as image',
    imageSaved: 'Saved the outline as a PNG image',
    imageFailed: 'Could not draw the image',
    cardFooter: 'Outline by Article Lens',
    menuSummarize: 'Summarize this article',
    loadFailed: 'Article Lens could not load its sidebar. Reload the page and try again.',
  },
  zh: {
    appName: 'Article Lens',
    close: '关闭 Article Lens',
    summary: '摘要',
    outline: '提纲',
    speakers: '谁说了什么',
    organisations: '机构',
    terms: '关键词',
    share: '分享',
    copyMarkdown: '复制为 Markdown',
    copied: '已复制到剪贴板',
    copyFailed: '复制失败:浏览器拒绝访问剪贴板',
    retry: '重试',
    errorTitle: '无法分析这篇文章',
    noSummary: '这篇文章没有摘要。',
    noOutline: '没有找到章节。',
    noSpeakers: '文中没有引语。',
    noTerms: '没有关键词。',
    showQuotes: '发言',
    statements: (count) => `${count} 条发言`,
    stats: (chars, ms) => `已分析 ${chars} 字,用时 ${Math.round(ms)} 毫秒`,
    editor: '编辑',
    progressReading: '正在读取页面…',
    progressAnalysing: '正在整理提纲、发言人和关键词…',
    progress: (step, steps) => `第 ${step} 步,共 ${steps} 步`,
    localTitle: '已在本机分析',
    localNote: (reason) => `分析服务无法应答(${reason}),Article Lens 已在浏览器中完成同样的分析,没有发送任何内容。`,
    notArticleTitle: '这个页面看起来不是文章',
    notArticleText: 'Article Lens 用于阅读新闻文章。这个页面像是列表、首页或应用。尚未发送任何内容。',
    analyseAnyway: '仍然分析',
    termHint: (count) => `在页面中高亮(${count} 次)`,
    quoteHint: '在页面中显示',
    outlineHint: '跳到这一节',
    shareLink: '分享链接',
    sharing: '正在生成链接…',
    shareLinkLabel: '分享链接',
    copyLink: '复制链接',
    linkCopied: '链接已复制',
    deleteLink: '删除链接',
    linkDeleted: '链接已删除。',
    deleteFailed: '无法删除链接,请稍后再试。',
    shareExpires: (date) => `持有链接的人在 ${date} 之前都能看到这份提纲。文章正文不会被分享。`,
    shareUnavailable: '分享服务暂时不可用,未能生成链接。可以改为复制 Markdown:',
    shareFailed: (message) => `未能生成链接:${message}`,
    saveImage: '保存为图片',
    imageSaved: '提纲已保存为 PNG 图片',
    imageFailed: '无法生成图片',
    cardFooter: 'Article Lens 生成的提纲',
    menuSummarize: '总结这篇文章',
    loadFailed: 'Article Lens 无法加载侧边栏。请刷新页面后重试。',
  },
};

/** 'zh' for any Chinese browser language (zh, zh-CN, zh-Hant-TW), 'en' otherwise. */
export function localeFor(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
