// The panel is an extension page (panel.html) in an iframe: React, the rules and every prior result
// stay in the extension's origin, out of reach of the HIS page. The host is a closed shadow root,
// fixed to the frame's top-right corner, away from the HIS submit buttons at the bottom.
import { MARKER_ATTRIBUTE } from './order-row-watcher.ts';
import { placePanel } from './panel-placement.ts';
import { PAGE_TEXT } from '../ui-text.ts';

export interface PanelFrame {
  /**
   * `mustDecide`: forced-choice / block modes keep the panel up until each required item is decided.
   * `compact`: show only the title bar with `summary` and an 展开 button (long grids, see his-session),
   * unless the doctor has opened it in full; the panel page itself is loaded when first opened.
   */
  show(mustDecide?: boolean, compact?: boolean, summary?: string): void;
  hide(): void;
  readonly visible: boolean;
  /** Showing only the title bar. */
  readonly compact: boolean;
  /** Whether the panel page has been loaded into the frame. */
  readonly loaded: boolean;
}

/** Height of the title bar alone (the compact panel). */
const BAR_HEIGHT = 28;
const TITLE = PAGE_TEXT.panelTitle;

export function createPanelFrame(doc: Document, panelUrl: string, avoid?: Element | null): PanelFrame {
  let host: HTMLElement | undefined;
  // Placement lives in the shadow root's own stylesheet: `!important` rules inside the shadow tree
  // win over anything the page (or its inline styles) says about the host.
  const hostStyle = doc.createElement('style');
  let visible = false;
  let close: HTMLButtonElement | undefined;
  let title: HTMLSpanElement | undefined;
  let box: HTMLDivElement | undefined;
  let iframe: HTMLIFrameElement | undefined;
  // The doctor's own choice beats the automatic compact bar: opened in full, it stays in full.
  let openedInFull = false;
  let compact = false;
  let lastMustDecide = false;

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
    box = doc.createElement('div');
    box.className = 'box';
    const bar = doc.createElement('div');
    bar.className = 'bar';
    title = doc.createElement('span');
    title.textContent = TITLE;
    close = doc.createElement('button');
    close.type = 'button';
    close.textContent = PAGE_TEXT.collapse;
    close.addEventListener('click', () => {
      if (compact) {
        openedInFull = true;
        // Still a long grid's panel: it stays foldable back into the bar.
        frame.show(lastMustDecide, true, summaryText);
      } else if (wantsCompact) {
        openedInFull = false;
        frame.show(lastMustDecide, true, summaryText);
      } else frame.hide();
    });
    bar.append(title, close);
    box.append(bar);
    shadow.append(hostStyle, style, box);
    return element;
  };

  // The frame itself is made the first time the panel opens in full, with its page. While the
  // panel is only its title bar there is no frame at all: even hidden and empty, a child frame cost
  // a grid redrawn every frame ~2% of its main thread in `npm run bench` (task overhead and major
  // garbage collections in every frame the page drew; an empty frame would get this content script too).
  const ensureFrame = (): void => {
    if (iframe || !box) return;
    iframe = doc.createElement('iframe');
    iframe.title = TITLE;
    // The panel copies record text to the clipboard from inside this frame.
    iframe.allow = 'clipboard-write';
    iframe.src = panelUrl;
    box.append(iframe);
  };

  let wantsCompact = false;
  let summaryText = '';
  let placed = '';

  const frame: PanelFrame = {
    show(mustDecide = false, compactWanted = false, summary = '') {
      if (!host) host = mount();
      lastMustDecide = mustDecide;
      wantsCompact = compactWanted;
      // Asked for in full (a marker clicked, the submit held): it stays in full until the doctor
      // folds it back into the bar.
      if (!compactWanted) openedInFull = true;
      summaryText = summary;
      const nextCompact = compactWanted && !openedInFull;
      // The full panel cannot be put away while a required item is undecided; the compact bar can
      // always be opened, and a full panel on a long grid can always go back to the bar.
      const disabled = !nextCompact && !compactWanted && mustDecide;
      if (close) {
        const label = nextCompact ? PAGE_TEXT.expand : PAGE_TEXT.collapse;
        if (close.textContent !== label) close.textContent = label;
        if (close.disabled !== disabled) {
          close.disabled = disabled;
          close.title = disabled ? PAGE_TEXT.mustDecideFirst : '';
        }
      }
      const heading = nextCompact && summary ? `${TITLE} · ${summary}` : TITLE;
      if (title && title.textContent !== heading) title.textContent = heading;
      // The panel page is loaded the first time the panel is shown in full.
      if (!nextCompact) ensureFrame();
      if (iframe) iframe.style.display = nextCompact ? 'none' : '';
      compact = nextCompact;
      // Already up in this shape: placing it again would force a layout of the page on every reply.
      const shape = nextCompact ? 'compact' : 'full';
      if (visible && host.isConnected && placed === shape) return;
      if (!host.isConnected) doc.documentElement.append(host);
      const view = doc.defaultView;
      const rect = avoid?.isConnected ? avoid.getBoundingClientRect() : undefined;
      const place = placePanel({ width: view?.innerWidth ?? 1366, height: view?.innerHeight ?? 768 }, rect);
      const horizontal = place.side === 'right' ? 'right: 8px !important; left: auto !important;' : 'left: 8px !important; right: auto !important;';
      const height = nextCompact ? Math.min(BAR_HEIGHT, place.height) : place.height;
      setHostRule(`display: block !important; top: ${place.top}px !important; ${horizontal} width: ${place.width}px !important; height: ${height}px !important;`);
      visible = true;
      placed = shape;
    },
    hide() {
      setHostRule('display: none !important;');
      visible = false;
      placed = '';
    },
    get visible() {
      return visible;
    },
    get compact() {
      return visible && compact;
    },
    get loaded() {
      return iframe !== undefined;
    },
  };
  return frame;
}
