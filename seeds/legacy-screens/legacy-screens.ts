// The legacy-screen pages (served under /legacy/ by seeds/demo/serve-training-his.ts) and how to
// reach each one's order frame: shared by the fixture capture script and the end-to-end tests.
import type { Frame, Page } from 'playwright-core';

export interface LegacyScreen {
  style: 'jqgrid' | 'easyui' | 'layui' | 'ext3' | 'frameset';
  /** The top page, relative to the server origin. */
  path: string;
  /** The name of the frame holding the order grid (undefined: the top page). */
  orderFrameName?: string;
  /** What a doctor does before rows can be added (open the order dialog, …), in the order frame. */
  open?: (frame: Frame) => Promise<void>;
  /** The row that holds a given item name (the page's own markup). */
  rowSelector: string;
}

export const LEGACY_SCREENS: readonly LegacyScreen[] = [
  { style: 'jqgrid', path: '/legacy/jqgrid/index.html', orderFrameName: 'workArea', rowSelector: '#orderList tr.jqgrow' },
  {
    style: 'easyui',
    path: '/legacy/easyui/index.html',
    open: (frame) => frame.click('#btnOpenOrder'),
    rowSelector: '#orderDlg .datagrid-view2 tr.datagrid-row',
  },
  { style: 'layui', path: '/legacy/layui/index.html', orderFrameName: 'yzFrame', rowSelector: '.layui-table-main tr[data-index]' },
  {
    style: 'ext3',
    path: '/legacy/ext3/index.html',
    open: (frame) => frame.click('#btnOpenOrder'),
    rowSelector: '.x-window div.x-grid3-row',
  },
  { style: 'frameset', path: '/legacy/frameset/index.html', orderFrameName: 'mainFrame', rowSelector: '#tblSqd tr.data' },
];

/** Waits for the screen's order frame and its `window.addOrderItem`. */
export async function legacyOrderFrame(page: Page, screen: LegacyScreen, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = screen.orderFrameName ? page.frame({ name: screen.orderFrameName }) : page.mainFrame();
    if (frame) {
      const ready = await frame.evaluate(() => typeof (window as unknown as { addOrderItem?: unknown }).addOrderItem === 'function' && document.readyState === 'complete').catch(() => false);
      if (ready) return frame;
    }
    if (Date.now() > deadline) throw new Error(`${screen.style}: 开单框架没有就绪`);
    await page.waitForTimeout(50);
  }
}

export async function openLegacyScreen(page: Page, origin: string, screen: LegacyScreen, query = ''): Promise<Frame> {
  await page.goto(`${origin}${screen.path}${query}`);
  const frame = await legacyOrderFrame(page, screen);
  await screen.open?.(frame);
  return frame;
}

/** Adds an order row through the grid's own API, as the page's pickers do. */
export async function addLegacyOrderItem(frame: Frame, name: string): Promise<void> {
  await frame.evaluate((item) => {
    (window as unknown as { addOrderItem(name: string): unknown }).addOrderItem(item);
  }, name);
}
