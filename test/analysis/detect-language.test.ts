import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../shared/analysis/detect-language.ts';
import { analyze } from '../../shared/analysis/pipeline.ts';
import type { Block } from '../../shared/schema/index.ts';

const blocks = (...texts: string[]): Block[] => texts.map((text, index) => ({ id: `p${index + 1}`, kind: 'paragraph', text }));
const CHINESE = '据了解，含光800主要应用于视觉场景，已经在阿里巴巴集团内多个场景大规模应用，其它企业可以通过阿里云获得算力。';
const ENGLISH = 'The chip is used for vision workloads across the group, and other companies can rent it through the cloud.';
// A Chinese report full of Latin product names: neither script is clearly the page's.
const MIXED = '阿里发布 Hanguang 800 AI inference chip，张建锋 said the NPU beats GPU clusters on ResNet-50 benchmarks 性能。';

describe('detectLanguage', () => {
  it('reads clearly Chinese text as Chinese whatever the page declares (a template’s lang="en")', () => {
    expect(detectLanguage({ lang: 'en', blocks: blocks(CHINESE) })).toBe('zh');
  });

  it('reads clearly English text as English whatever the page declares', () => {
    expect(detectLanguage({ lang: 'zh-CN', blocks: blocks(ENGLISH) })).toBe('en');
  });

  it('lets the declared language decide text that mixes the scripts', () => {
    expect(detectLanguage({ lang: 'zh-CN', blocks: blocks(MIXED) })).toBe('zh');
    expect(detectLanguage({ lang: 'en', blocks: blocks(MIXED) })).toBe('en');
  });

  it('finds the speaker of a Chinese article on a page that declares English', () => {
    const response = analyze({ lang: 'en', blocks: blocks('阿里巴巴集团首席技术官张建锋表示，这是全球最高性能的AI推理芯片。') });
    expect(response.lang).toBe('zh');
    expect(response.speakers.map((speaker) => [speaker.name, speaker.role])).toEqual([['张建锋', '首席技术官']]);
  });
});
