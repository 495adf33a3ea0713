// The panel is an extension page (panel.html) in an iframe: React, the rules and every prior result
// stay in the extension's origin, out of reach of the HIS page. The host is a closed shadow root,
// fixed to the frame's top-right corner, away from the HIS submit buttons at the bottom.
import { MARKER_ATTRIBUTE } from './order-row-watcher.ts';

export interface PanelFrame {
  show(): void;
  hide(): void;
  readonly visible: boolean;
}

export function createPanelFrame(doc: Document, panelUrl: string, avoid?: Element | null): PanelFrame {
  let host: HTMLElement | undefined;
  let visible = false;

  const mount = (): HTMLElement => {
    const element = doc.createElement('hrb-panel-host');
    element.setAttribute(MARKER_ATTRIBUTE, '');
    const shadow = element.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    // :host styles are re-asserted with !important because legacy HIS CSS often styles every element.
    style.textContent = `
      :host { all: initial !important; position: fixed !important; top: 8px !important; right: 8px !important;
              z-index: 2147483646 !important; display: block !important; }
      .box { width: 400px; height: min(560px, calc(100vh - 96px)); background: #fff; border: 1px solid #4a6fa5;
             box-shadow: 0 2px 10px rgba(0,0,0,.3); display: flex; flex-direction: column; }
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
    const close = doc.createElement('button');
    close.type = 'button';
    close.textContent = '收起';
    close.addEventListener('click', () => frame.hide());
    bar.append(title, close);
    const iframe = doc.createElement('iframe');
    iframe.src = panelUrl;
    iframe.title = '检查检验结果互认提示';
    box.append(bar, iframe);
    shadow.append(style, box);
    return element;
  };

  const frame: PanelFrame = {
    show() {
      if (!host) host = mount();
      if (!host.isConnected) doc.documentElement.append(host);
      host.style.setProperty('display', 'block', 'important');
      // Never cover the HIS's own submit control: move to the left if it sits under the panel.
      const rect = avoid?.getBoundingClientRect();
      const left = rect && rect.right > doc.documentElement.clientWidth - 420 && rect.top < 600;
      host.style.setProperty('right', left ? 'auto' : '8px', 'important');
      host.style.setProperty('left', left ? '8px' : 'auto', 'important');
      visible = true;
    },
    hide() {
      host?.style.setProperty('display', 'none', 'important');
      visible = false;
    },
    get visible() {
      return visible;
    },
  };
  return frame;
}
