// The panel is an extension page (panel.html) in an iframe: React, the rules and every prior result
// stay in the extension's origin, out of reach of the HIS page. The host is a closed shadow root,
// fixed to the frame's top-right corner, away from the HIS submit buttons at the bottom.
import { MARKER_ATTRIBUTE } from './order-row-watcher.ts';
import { placePanel } from './panel-placement.ts';

export interface PanelFrame {
  /** `mustDecide`: forced-choice / block modes keep the panel up until each required item is decided. */
  show(mustDecide?: boolean): void;
  hide(): void;
  readonly visible: boolean;
}

export function createPanelFrame(doc: Document, panelUrl: string, avoid?: Element | null): PanelFrame {
  let host: HTMLElement | undefined;
  // Placement lives in the shadow root's own stylesheet: `!important` rules inside the shadow tree
  // win over anything the page (or its inline styles) says about the host.
  const hostStyle = doc.createElement('style');
  let visible = false;
  let close: HTMLButtonElement | undefined;

  const setHostRule = (rule: string): void => {
    // `will-change: transform` gives the panel a compositing layer of its own: drawn once, then only
    // composited, instead of re-rasterized (shadow and all) each time a busy grid beneath it repaints.
    hostStyle.textContent = `:host { all: initial !important; position: fixed !important; z-index: 2147483646 !important; will-change: transform !important; ${rule} }`;
  };

  const mount = (): HTMLElement => {
    const element = doc.createElement('hrb-panel-host');
    element.setAttribute(MARKER_ATTRIBUTE, '');
    const shadow = element.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = `
      .box { width: 100%; height: 100%; box-sizing: border-box; background: #fff; border: 2px solid #4a6fa5;
             display: flex; flex-direction: column; }
      .bar { display: flex; justify-content: space-between; align-items: center; background: #4a6fa5; color: #fff;
             font: bold 13px/24px sans-serif; padding: 0 6px; }
      button { font: 12px sans-serif; cursor: pointer; }
      iframe { border: 0; flex: 1; width: 100%; }
    `;
    const box = doc.createElement('div');
    box.className = 'box';
    const bar = doc.createElement('div');
    bar.className = 'bar';
    const title = doc.createElement('span');
    title.textContent = '检查检验结果互认提示';
    close = doc.createElement('button');
    close.type = 'button';
    close.textContent = '收起';
    close.addEventListener('click', () => frame.hide());
    bar.append(title, close);
    const iframe = doc.createElement('iframe');
    iframe.src = panelUrl;
    iframe.title = '检查检验结果互认提示';
    // The panel copies record text to the clipboard from inside this frame.
    iframe.allow = 'clipboard-write';
    box.append(bar, iframe);
    shadow.append(hostStyle, style, box);
    return element;
  };

  const frame: PanelFrame = {
    show(mustDecide = false) {
      if (!host) host = mount();
      if (close && close.disabled !== mustDecide) {
        close.disabled = mustDecide;
        close.title = mustDecide ? '请先对每个应互认项目作出选择' : '';
      }
      // Already up: placing it again would force a layout of the page on every reply.
      if (visible && host.isConnected) return;
      if (!host.isConnected) doc.documentElement.append(host);
      const view = doc.defaultView;
      const rect = avoid?.isConnected ? avoid.getBoundingClientRect() : undefined;
      const place = placePanel({ width: view?.innerWidth ?? 1366, height: view?.innerHeight ?? 768 }, rect);
      const horizontal = place.side === 'right' ? 'right: 8px !important; left: auto !important;' : 'left: 8px !important; right: auto !important;';
      setHostRule(
        `display: block !important; top: ${place.top}px !important; ${horizontal} width: ${place.width}px !important; height: ${place.height}px !important;`,
      );
      visible = true;
    },
    hide() {
      setHostRule('display: none !important;');
      visible = false;
    },
    get visible() {
      return visible;
    },
  };
  return frame;
}
