// The in-page panel's frame: full on order screens, a title bar on long grids, loaded only when opened.
import { beforeEach, describe, expect, it } from 'vitest';
import { createPanelFrame } from '../../lib/content/panel-frame.ts';

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
});
