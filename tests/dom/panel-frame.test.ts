// The in-page panel's frame: full on order screens, a title bar on long grids, loaded only when opened.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPanelFrame } from '../../lib/content/panel-frame.ts';
import { PAGE_TEXT } from '../../lib/ui-text.ts';

beforeEach(() => {
  // The host goes on the document element, outside the body.
  document.querySelectorAll('hrb-panel-host').forEach((host) => host.remove());
  document.body.innerHTML = '<input type="button" id="btnSubmit" value="提交申请">';
});

describe('panel frame', () => {
  it('opens in full, loading the panel page, on an order screen', () => {
    const frame = createPanelFrame(document, 'about:blank#token', document.querySelector('#btnSubmit'));
    frame.show(true);
    expect([frame.visible, frame.compact, frame.loaded]).toEqual([true, false, true]);
    frame.hide();
    expect(frame.visible).toBe(false);
  });

  it('pops up as its title bar on a long grid without loading the panel page, and opens in full when asked', () => {
    const frame = createPanelFrame(document, 'about:blank#token', null);
    frame.show(true, true, '2 项待选择');
    expect([frame.visible, frame.compact, frame.loaded]).toEqual([true, true, false]);
    expect(document.querySelectorAll('hrb-panel-host')).toHaveLength(1);
    // A row marker clicked: the full panel, which the next automatic update does not fold away.
    frame.show(true);
    expect([frame.compact, frame.loaded]).toEqual([false, true]);
    frame.show(true, true, '1 项待选择');
    expect(frame.compact).toBe(false);
  });

  describe('forced choice', () => {
    // The host's shadow root is closed (the page cannot reach it); the test keeps it as it is made.
    let roots: ShadowRoot[] = [];
    beforeEach(() => {
      roots = [];
      const attach = Element.prototype.attachShadow;
      vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
        const root = attach.call(this, init);
        roots.push(root);
        return root;
      });
    });
    afterEach(() => vi.restoreAllMocks());

    it('the full panel cannot be put away while a required item is undecided, and can once it is decided', () => {
      const frame = createPanelFrame(document, 'about:blank#token', document.querySelector('#btnSubmit'));
      frame.show(true);
      const close = roots[0]!.querySelector('button')!;
      expect(close.disabled).toBe(true);
      expect(close.title).toBe(PAGE_TEXT.mustDecideFirst);
      close.click();
      expect(frame.visible).toBe(true);
      frame.show(false);
      expect(close.disabled).toBe(false);
      close.click();
      expect(frame.visible).toBe(false);
    });

    it('on a long grid the title bar can always be opened, and the full panel folded back into it', () => {
      const frame = createPanelFrame(document, 'about:blank#token', null);
      frame.show(true, true, '1 项待选择');
      const close = roots[0]!.querySelector('button')!;
      expect([close.disabled, close.textContent]).toEqual([false, PAGE_TEXT.expand]);
      close.click();
      expect(frame.compact).toBe(false);
      expect([close.disabled, close.textContent]).toEqual([false, PAGE_TEXT.collapse]);
      close.click();
      expect(frame.compact).toBe(true);
    });
  });
});
