// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createLauncher } from '../../extension/content/launcher.ts';

/** Issue 6 item 7: the page cannot open the sidebar (and so send its article to the Worker) by itself. */
describe('launcher', () => {
  it('ignores a click the page script made (untrusted), so nothing is sent without the reader', () => {
    const onOpen = vi.fn();
    const launcher = createLauncher('en', onOpen);
    document.body.append(launcher);
    launcher.click();
    launcher.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('opens on the reader’s own click', () => {
    const onOpen = vi.fn();
    const launcher = createLauncher('en', onOpen);
    // happy-dom cannot make a trusted event; mark one as the browser marks real input.
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    launcher.dispatchEvent(click);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});
