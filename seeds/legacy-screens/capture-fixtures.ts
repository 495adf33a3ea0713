// Captures the DOM fixtures of the legacy screens (tests/dom/fixtures/<style>/<case>/) from the
// rendered pages: each page is opened in Chromium, rows are added through the grid's own API, and
// every frame's DOM is saved as static HTML with scripts and stylesheet links removed and form
// values written into attributes (a fixture must show what the page showed). The patients are the
// fictitious demo patients; nothing real is ever captured.
//
//   npx tsx seeds/legacy-screens/capture-fixtures.ts     (re-run after changing a legacy page)
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Frame } from 'playwright-core';
import { findChromium } from '../demo/find-chromium.ts';
import { serveTrainingHis } from '../demo/serve-training-his.ts';
import { LEGACY_SCREENS, addLegacyOrderItem, openLegacyScreen, type LegacyScreen } from './legacy-screens.ts';

export const FIXTURES_DIR = fileURLToPath(new URL('../../tests/dom/fixtures/', import.meta.url));
/** Fixture URLs use this origin, whatever port the capture ran on. */
export const FIXTURE_ORIGIN = 'http://127.0.0.1:8080';

interface CaptureCase {
  name: string;
  query: string;
  items: string[];
  /** Extra steps after the items are added (an inline-edit row being typed, …). */
  then?: (frame: Frame) => Promise<void>;
}

const CASES: Record<LegacyScreen['style'], CaptureCase[]> = {
  jqgrid: [
    {
      name: 'p1-rows-and-inline-edit',
      query: '',
      items: ['左侧膝关节磁共振平扫成像', '血常规'],
      then: async (frame) => {
        await frame.evaluate(() => (window as unknown as { addInlineRow(name: string): string }).addInlineRow('胸部CT平扫'));
      },
    },
    { name: 'p2-rows', query: '?pat=MZ20260002', items: ['肝功能', '上腹部CT增强'] },
  ],
  easyui: [
    { name: 'p1-dialog-rows', query: '', items: ['左膝关节MR平扫', '凝血四项', '头颅CT平扫'] },
    { name: 'p3-dialog-rows', query: '?pat=MZ20260003', items: ['乙肝两对半'] },
  ],
  layui: [
    { name: 'p1-reloaded-rows', query: '', items: ['左侧膝关节磁共振平扫成像', '尿常规', '胸部正位(DR)'] },
    { name: 'p4-reloaded-rows', query: '?pat=MZ20260004', items: ['甲功三项', '颅脑MR平扫'] },
  ],
  ext3: [
    { name: 'p1-window-rows', query: '', items: ['左侧膝关节磁共振平扫成像', '糖化血红蛋白'] },
    { name: 'p5-window-rows', query: '?pat=MZ20260005', items: ['肾功能', '血常规', '心电图'] },
  ],
  frameset: [
    { name: 'p1-input-rows', query: '', items: ['左侧膝关节磁共振平扫成像', 'C反应蛋白'] },
    { name: 'p6-input-rows', query: '?pat=MZ20260006', items: ['腰椎MR平扫'] },
  ],
};

export interface FixtureFrame {
  /** Frame names from the top page (empty: the top page itself). */
  path: string[];
  file: string;
  url: string;
}

export interface FixtureManifest {
  style: string;
  case: string;
  /** The path (frame names from top) of the frame that holds the order grid. */
  orderFrame: string[];
  frames: FixtureFrame[];
}

/** Runs in the page: the frame's DOM as static HTML (see the header comment). */
function serializeFrame(): string {
  for (const control of Array.from(document.querySelectorAll('input, textarea, select'))) {
    if (control instanceof HTMLInputElement) {
      if (control.type === 'checkbox' || control.type === 'radio') control.toggleAttribute('checked', control.checked);
      else control.setAttribute('value', control.value);
    } else if (control instanceof HTMLTextAreaElement) control.textContent = control.value;
    else if (control instanceof HTMLSelectElement) Array.from(control.options).forEach((option) => option.toggleAttribute('selected', option.selected));
  }
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('script, link[rel=stylesheet]').forEach((element) => element.remove());
  const type = document.doctype;
  const ids = type ? [type.publicId && `PUBLIC "${type.publicId}"`, type.systemId && `"${type.systemId}"`].filter(Boolean).join(' ') : '';
  const doctype = type ? `<!DOCTYPE ${type.name}${ids ? ` ${ids}` : ''}>\n` : '';
  // The fixture is saved as UTF-8; a page the server sent as GBK says so here instead of in its <meta>.
  const encoding = document.characterSet.toUpperCase();
  if (encoding !== 'UTF-8') {
    copy.querySelectorAll('meta[http-equiv]').forEach((meta) => meta.setAttribute('content', 'text/html; charset=utf-8'));
    return `${doctype}<!-- captured from a page served as ${encoding}; saved as UTF-8 -->\n${copy.outerHTML}\n`;
  }
  return `${doctype}${copy.outerHTML}\n`;
}

function framePath(frame: Frame): string[] {
  const path: string[] = [];
  for (let current: Frame | null = frame; current?.parentFrame(); current = current.parentFrame()) path.unshift(current.name());
  return path;
}

async function captureCase(frame: Frame, screen: LegacyScreen, capture: CaptureCase, origin: string): Promise<void> {
  const page = frame.page();
  const dir = join(FIXTURES_DIR, screen.style, capture.name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const frames: FixtureFrame[] = [];
  for (const each of page.frames()) {
    if (!each.url().startsWith(origin)) continue;
    const path = framePath(each);
    const file = `${path.length ? path.join('.') : 'top'}.html`;
    const html = (await each.evaluate(serializeFrame)).replaceAll(origin, FIXTURE_ORIGIN);
    await writeFile(join(dir, file), html, 'utf8');
    frames.push({ path, file, url: each.url().replace(origin, FIXTURE_ORIGIN) });
  }
  const manifest: FixtureManifest = { style: screen.style, case: capture.name, orderFrame: framePath(frame), frames };
  await writeFile(join(dir, 'frames.json'), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

async function main(): Promise<void> {
  const server = await serveTrainingHis();
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--headless=new', '--lang=zh-CN'] });
  try {
    for (const screen of LEGACY_SCREENS) {
      for (const capture of CASES[screen.style]) {
        const page = await browser.newPage();
        const frame = await openLegacyScreen(page, server.origin, screen, capture.query);
        for (const item of capture.items) await addLegacyOrderItem(frame, item);
        await capture.then?.(frame);
        await page.waitForTimeout(300);
        await captureCase(frame, screen, capture, server.origin);
        console.log(`${screen.style}/${capture.name}: ${page.frames().length} frame(s)`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
