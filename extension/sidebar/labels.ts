/**
 * Interface strings of the sidebar, in the two languages of the articles it reads. Kept apart from the
 * panels so a later move to WXT's i18n touches one file.
 */
export type Locale = 'en' | 'zh';

export interface Labels {
  appName: string;
  close: string;
  loading: string;
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
}

export const LABELS: Record<Locale, Labels> = {
  en: {
    appName: 'Article Lens',
    close: 'Close Article Lens',
    loading: 'Reading the article…',
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
  },
  zh: {
    appName: 'Article Lens',
    close: '关闭 Article Lens',
    loading: '正在阅读文章…',
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
  },
};

/** 'zh' for any Chinese browser language (zh, zh-CN, zh-Hant-TW), 'en' otherwise. */
export function localeFor(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
