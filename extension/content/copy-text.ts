/**
 * Puts text on the clipboard. The async Clipboard API first; it is missing on plain-http pages (not a
 * secure context), so fall back to a selected textarea and `execCommand('copy')`, placed inside our own
 * shadow root so the page's DOM is never touched.
 */
export async function copyText(text: string, scratch: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;inset:0 auto auto 0;inline-size:1px;block-size:1px;';
    scratch.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
