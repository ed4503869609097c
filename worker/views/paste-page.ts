import { html } from 'hono/html';

/**
 * The paste page: a form to paste an article or open a saved .html file, and an empty result area
 * that /app.js fills with the same sidebar the extension shows. No inline script or style: the CSP
 * allows only /app.js and /app.css. Every interpolated value goes through `html`, which escapes it.
 *
 * The ids and `data-part` names are what /app.js and the tests look for; keep them stable.
 */
export function pastePage(options: { version: string }) {
  return html`<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>Article Lens · 文章透镜</title>
    <!-- An empty icon: without it the browser asks for /favicon.ico and logs a 404. -->
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/app.css">
    <script type="module" src="/app.js"></script>
  </head>
  <body>
    <header class="page-header">
      <h1>Article Lens <span class="subtitle">文章透镜</span></h1>
      <p>
        粘贴一篇新闻文章，或打开保存的网页，查看摘要、提纲、发言人和关键词。
        <span lang="en">Paste a news article, or open a saved web page, to see its summary, outline, speakers and key terms.</span>
      </p>
    </header>
    <main class="layout">
      <form id="paste-form" class="paste-form" data-part="paste-form" novalidate>
        <label for="article-text">文章正文 <span lang="en">Article text</span></label>
        <textarea id="article-text" name="text" rows="16" spellcheck="false"
          placeholder="第一行可作标题；段落之间换行。&#10;The first line may be the title; one paragraph per line or blank-line separated."></textarea>
        <label class="checkbox"><input id="first-line-title" name="firstLineIsTitle" type="checkbox" checked>
          第一行是标题 <span lang="en">First line is the title</span></label>
        <div class="actions">
          <button id="analyze-button" type="submit">分析 <span lang="en">Analyse</span></button>
          <input id="article-file" name="file" type="file" accept=".html,.htm,text/html">
          <label class="file-button" for="article-file">打开 .html 文件 <span lang="en">Open .html file</span></label>
        </div>
        <p id="status" class="status" role="status" aria-live="polite"></p>
      </form>
      <section id="result" class="result al-sidebar" data-part="result" aria-label="分析结果 Analysis" hidden></section>
    </main>
    <noscript><p class="status">此页面需要 JavaScript。<span lang="en">This page needs JavaScript.</span></p></noscript>
    <footer class="page-footer">Article Lens ${options.version} · <a href="/health">/health</a></footer>
  </body>
</html>`;
}
