import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage, normalizeCharset } from '../../cli/decode.ts';
import { corpusFile, repoRoot } from '../page/corpus.ts';
import { encodeLegacy } from './legacy-encode.ts';

const fixture = readFileSync(path.join(repoRoot, 'test/fixtures/page/zh--legacy-charset.html'), 'utf8');

describe('decodePage', () => {
  it('decodes a GBK page by its <meta http-equiv> charset', () => {
    const bytes = encodeLegacy(fixture.replace('{{charset}}', 'gbk'), 'gb18030');
    const page = decodePage(bytes);
    expect(page.charset).toBe('gb18030');
    expect(page.text).toContain('<title>西宁市推进绿色低碳循环产业集群建设_要闻</title>');
  });

  it('decodes GB2312 as its superset GB18030 and Big5 as Big5', () => {
    expect(decodePage(encodeLegacy(fixture.replace('{{charset}}', 'gb2312'), 'gb18030')).text).toContain('来源：西宁晚报');
    // Big5 holds traditional characters only, so this page is written in them.
    const traditional = '<html><head><meta charset="big5"><title>臺北市推動綠色產業發展</title></head><body><p>記者報導：臺北市政府表示，將繼續推動產業轉型。</p></body></html>';
    const big5 = decodePage(encodeLegacy(traditional, 'big5'));
    expect(big5.charset).toBe('big5');
    expect(big5.text).toBe(traditional);
  });

  it('prefers the HTTP Content-Type charset over a missing meta tag', () => {
    const bytes = encodeLegacy('<html><head><title>新闻标题</title></head><body>正文内容</body></html>', 'gb18030');
    expect(decodePage(bytes, 'text/html; charset=GBK').text).toContain('<title>新闻标题</title>');
  });

  it('decodes a page declaring gb2312 that is really UTF-8 (corpus gne/qq_2) as UTF-8', () => {
    const bytes = readFileSync(corpusFile('gne/qq_2'));
    const page = decodePage(bytes);
    expect(page.declared?.toLowerCase()).toBe('gb2312');
    expect(page.charset).toBe('utf-8');
    expect(page.text).toContain('数据业大整顿');
  });

  it('honours a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>你好</p>')]);
    expect(decodePage(bytes).text).toBe('<p>你好</p>');
  });

  it('maps charset labels to decoders and rejects unknown ones', () => {
    expect(normalizeCharset('GB2312')).toBe('gb18030');
    expect(normalizeCharset('x-gbk')).toBe('gb18030');
    expect(normalizeCharset('Big5')).toBe('big5');
    expect(normalizeCharset('no-such-charset')).toBeUndefined();
  });
});
