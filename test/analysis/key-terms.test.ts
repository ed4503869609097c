import { describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/pipeline.ts';
import type { Block } from '../../shared/schema/index.ts';

/**
 * Named cases for key terms (issue 3 item 5), one behaviour each, in both languages: what a reader
 * sees in the sidebar's term list. Each failed before the behaviour it names was added.
 */

let next = 0;
const p = (text: string): Block => ({ id: `t${next++}`, kind: 'paragraph', text });
const termsOf = (title: string, blocks: Block[]): string[] => analyze({ title, blocks }).terms.map((term) => term.term);

describe('key terms', () => {
  it('zh--split-name-whole: a name ICU splits at a function character (王|小|云, 董|又|霖) stays one term', () => {
    const blocks = [
      p('清华大学教授王小云获得了今年的未来科学大奖。王小云长期从事密码学研究。'),
      p('主持人董又霖在活动上道歉。董又霖表示，自己会继续努力。王小云说，这是对基础研究的肯定。'),
    ];
    const terms = termsOf('未来科学大奖揭晓', blocks);
    expect(terms).toEqual(expect.arrayContaining(['王小云', '董又霖']));
    for (const fragment of ['王小', '小云', '又霖']) expect(terms).not.toContain(fragment);
  });

  it('zh--measure-word-and-speech-verb: a character after a number is its measure word (十九|届, 10|块), and a speech verb closes no phrase (民众表示)', () => {
    const blocks = [
      p('党的十九届四中全会审议通过了决定。十九届四中全会提出了总体目标。一块芯片相当于10块GPU，10块GPU功耗更高。'),
      p('民众表示支持这项改革。很多民众表示，改革让生活更方便。民众表示欢迎。'),
    ];
    const terms = termsOf('十九届四中全会精神', blocks);
    for (const fragment of ['届四中全会', '块GPU', '民众表示']) expect(terms).not.toContain(fragment);
    expect(terms).toContain('改革');
  });

  it('zh--familiar-name: 小 + surname (小温) is a name, not a function word and a surname', () => {
    const blocks = [p('救援队在景区搜寻失联的小温。小温的父母一直守在现场。'), p('警方调取了监控，小温最后出现在河边。救援队继续搜寻。')];
    expect(termsOf('景区寻子', blocks)).toContain('小温');
  });

  it('zh--split-dictionary-word: a dictionary word ICU splits at a function character (华|为) is rejoined', () => {
    const blocks = [p('华为发布了新一代芯片。业内人士认为，华为的芯片性能领先。'), p('华为表示，这款芯片将于本月商用。')];
    expect(termsOf('新一代芯片本月商用', blocks)).toContain('华为');
  });

  it('zh--headline-phrase-first: a phrase of the headline ranks above a broader word the body repeats more', () => {
    const blocks = [
      p('研究人员发现，味觉嗅觉丧失是新冠感染的重要信号。很多症状都与感染有关，症状因人而异。'),
      p('症状出现后应及时检测。研究人员建议把味觉嗅觉丧失列入症状清单，症状清单需要更新。'),
      p('有症状的人应当自我隔离，症状轻微也不例外。'),
    ];
    const terms = termsOf('味觉嗅觉丧失是新冠感染的重要信号', blocks);
    expect(terms.indexOf('味觉嗅觉丧失')).toBeGreaterThanOrEqual(0);
    expect(terms.indexOf('味觉嗅觉丧失')).toBeLessThan(terms.indexOf('症状') === -1 ? Infinity : terms.indexOf('症状'));
  });

  it('zh--no-quantities: numbers with units (十几米, 万元) are never terms', () => {
    const blocks = [p('孩子消失在十几米外的河边，家人悬赏十万元寻找。'), p('十几米的距离，家人又拿出十万元悬赏。悬赏金额达到十万元。')];
    const terms = termsOf('十几米外消失，家人十万元悬赏', blocks);
    for (const quantity of ['十几米', '十万元', '万元']) expect(terms).not.toContain(quantity);
  });

  it('en--plural-with-singular: "server" and "servers" are one term, shown as the singular', () => {
    const blocks = [
      p('The exploit lets anyone crash game servers with a single packet. Each server parses the packet.'),
      p('Hosting companies said thousands of servers were exposed. A patched server ignores the packet.'),
    ];
    const terms = termsOf('Exploit crashes game servers', blocks);
    expect(terms).toContain('server');
    expect(terms).not.toContain('servers');
  });

  it('en--possessive-name: "Ayn Rand’s" counts as the name Ayn Rand', () => {
    const blocks = [
      p('The company borrows from Ayn Rand’s philosophy of the heroic entrepreneur.'),
      p('Critics say Ayn Rand’s ideas shaped the industry, and its founders quote Ayn Rand’s novels.'),
    ];
    const terms = termsOf('Uber and the heirs of Ayn Rand’s ideas', blocks);
    expect(terms).toContain('Ayn Rand');
    expect(terms.some((term) => term.includes('’s') || term === 'Ayn')).toBe(false);
  });

  it('en--name-with-function-word: "New York City" stays whole (a capitalised function word inside a name)', () => {
    const blocks = [
      p('Water mains in New York City are more than a century old. Officials in New York City plan repairs.'),
      p('The repairs will close streets across New York City for months.'),
    ];
    const terms = termsOf('Old pipes', blocks);
    expect(terms).toContain('New York City');
    expect(terms).not.toContain('York City');
  });

  it('en--near-duplicates-once: "West Mercia police" and "West Mercia" are not both listed', () => {
    const blocks = [
      p('West Mercia police said the pills were bought online. West Mercia police warned the public.'),
      p('A spokesman for West Mercia said the inquiry continues. Officers in West Mercia have asked for information.'),
    ];
    const terms = termsOf('Student dies after taking diet pills', blocks);
    expect(terms.filter((term) => term.startsWith('West Mercia'))).toHaveLength(1);
  });

  it('en--headline-phrase-over-common-word: "economic mobility" from the headline ranks above "countries"', () => {
    const blocks = [
      p('Economic mobility is lower in the United States than in many countries. Countries with strong safety nets do better.'),
      p('Researchers compared countries on poverty, and countries with less poverty had more mobility.'),
    ];
    const terms = termsOf('The birth lottery and economic mobility', blocks);
    const countries = terms.indexOf('country') === -1 ? terms.indexOf('countries') : terms.indexOf('country');
    expect(terms.indexOf('economic mobility')).toBeGreaterThanOrEqual(0);
    if (countries >= 0) expect(terms.indexOf('economic mobility')).toBeLessThan(countries);
  });

  it('en--no-months: month abbreviations in datelines (Dec, Sept) are never terms', () => {
    const blocks = [p('The writer tweeted on Dec 2 about the show, and again on Dec 3.'), p('The show closed on Dec 5, the writer said on Dec 6.')];
    const terms = termsOf('A writer and a show', blocks);
    expect(terms.map((term) => term.toLowerCase())).not.toContain('dec');
  });
});
