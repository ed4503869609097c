/**
 * The options page's words in both interface languages, by the `data-text` key of the element that
 * shows them (index.html holds the English as the text before the settings load).
 */
import type { Locale } from '../../sidebar/labels.ts';

export interface OptionsText {
  title: string;
  heading: string;
  workerUrl: string;
  workerUrlHint: string;
  save: string;
  useLocal: string;
  launcher: string;
  launcherShow: string;
  launcherAuto: string;
  launcherNever: string;
  language: string;
  languageAuto: string;
  theme: string;
  themeSystem: string;
  themeLight: string;
  themeDark: string;
  shortcutHint: string;
  settingSaved: string;
  invalidUrl: string;
  notSavedPermission: (pattern: string) => string;
  notSaved: (reason: string) => string;
  checking: (url: string) => string;
  reachable: (url: string) => string;
  answered: (url: string, status: number) => string;
  unreachable: (url: string) => string;
}

export const OPTIONS_TEXT: Record<Locale, OptionsText> = {
  en: {
    title: 'Article Lens options',
    heading: 'Article Lens',
    workerUrl: 'Worker URL',
    workerUrlHint: 'Where articles are analysed. npm start runs one at http://127.0.0.1:8787; a deployed Worker needs your permission to be reached, which the browser asks for when you save.',
    save: 'Save',
    useLocal: 'Use the local Worker',
    launcher: 'On article pages',
    launcherShow: 'Show the small launcher',
    launcherAuto: 'Open the sidebar automatically (sends every article to the Worker)',
    launcherNever: 'Nothing (use the toolbar button, the shortcut or the context menu)',
    language: 'Interface language',
    languageAuto: 'Follow the browser',
    theme: 'Theme',
    themeSystem: 'Follow the system',
    themeLight: 'Light',
    themeDark: 'Dark',
    shortcutHint: 'Keyboard shortcut: Alt+Shift+L by default; change it on chrome://extensions/shortcuts.',
    settingSaved: 'Saved. Open sidebars change at once.',
    invalidUrl: 'Enter an http:// or https:// address, such as http://127.0.0.1:8787.',
    notSavedPermission: (pattern) => `Not saved: Article Lens needs permission to reach ${pattern}.`,
    notSaved: (reason) => `Not saved: ${reason}`,
    checking: (url) => `Saved. Checking ${url}/health …`,
    reachable: (url) => `Saved. The Worker at ${url} is reachable.`,
    answered: (url, status) => `Saved, but ${url}/health answered ${status}.`,
    unreachable: (url) => `Saved, but ${url} is not reachable right now (for the local Worker: npm start).`,
  },
  zh: {
    title: 'Article Lens 设置',
    heading: 'Article Lens 设置',
    workerUrl: 'Worker 地址',
    workerUrlHint: '分析文章的服务。npm start 会在 http://127.0.0.1:8787 启动一个;使用已部署的 Worker 需要你授权访问,保存时浏览器会询问。',
    save: '保存',
    useLocal: '使用本地 Worker',
    launcher: '在文章页面上',
    launcherShow: '显示小按钮',
    launcherAuto: '自动打开侧栏(每篇文章都会发送给 Worker)',
    launcherNever: '不显示(使用工具栏按钮、快捷键或右键菜单)',
    language: '界面语言',
    languageAuto: '跟随浏览器',
    theme: '主题',
    themeSystem: '跟随系统',
    themeLight: '浅色',
    themeDark: '深色',
    shortcutHint: '快捷键:默认 Alt+Shift+L,可在 chrome://extensions/shortcuts 中修改。',
    settingSaved: '已保存。已打开的侧栏会立即更新。',
    invalidUrl: '请输入 http:// 或 https:// 开头的地址,例如 http://127.0.0.1:8787。',
    notSavedPermission: (pattern) => `未保存:Article Lens 需要访问 ${pattern} 的权限。`,
    notSaved: (reason) => `未保存:${reason}`,
    checking: (url) => `已保存。正在检查 ${url}/health …`,
    reachable: (url) => `已保存。可以访问 ${url} 的 Worker。`,
    answered: (url, status) => `已保存,但 ${url}/health 返回 ${status}。`,
    unreachable: (url) => `已保存,但现在无法访问 ${url}(本地 Worker 请运行 npm start)。`,
  },
};
