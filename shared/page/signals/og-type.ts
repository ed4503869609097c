import { contribution, type Signal } from './signal.ts';

/**
 * Open Graph `og:type`: "article" is a direct claim; "product"/"profile"/"video…" and the like are
 * claims against. "website" is what most CMSs emit for every page, so it is weak evidence only.
 */
export const ogType: Signal = (context) => {
  const value = context.meta.get('og:type')?.toLowerCase().trim();
  if (!value) return null;
  // Moderate, not decisive: WordPress and many CMSs emit og:type=article for every page, service
  // and product pages included.
  if (value === 'article' || value.endsWith('.article') || value === 'news') return contribution(0.8, `og:type=${value}`);
  if (value === 'website') return contribution(-0.2, 'og:type=website');
  if (/product|profile|video|music|place|business|restaurant/.test(value)) return contribution(value.startsWith('product') ? -2 : -1.5, `og:type=${value}`);
  return null;
};

/** Content of <meta property=name> or <meta name=name>, whichever the page uses. */
export function metaContent(doc: Document, name: string): string | undefined {
  const element =
    doc.querySelector(`meta[property="${name}"]`) ?? doc.querySelector(`meta[name="${name}"]`) ?? doc.querySelector(`meta[itemprop="${name}"]`);
  return element?.getAttribute('content') ?? undefined;
}
