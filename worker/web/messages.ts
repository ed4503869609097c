/** The paste page's own status lines, both languages at once like the page's labels. */
export const MESSAGES = {
  emptyText: '请先粘贴文章正文。 Paste an article’s text first.',
  noBlocks: '没有可分析的段落。 There is no paragraph to analyse.',
  readingFile: (name: string) => `正在读取 ${name}… Reading ${name}…`,
  fileFailed: (name: string) => `无法读取 ${name}。 Could not read ${name}.`,
  notArticle: '这个页面看起来不像一篇文章，仍按要求分析。 This page does not look like an article; analysing it anyway.',
  analysing: (blocks: number) => `正在分析 ${blocks} 个段落… Analysing ${blocks} paragraphs…`,
  done: (blocks: number, source: string) => `已分析 ${source} 的 ${blocks} 个段落。 Analysed ${blocks} paragraphs from ${source}.`,
  pastedText: '粘贴的文本 pasted text',
} as const;
