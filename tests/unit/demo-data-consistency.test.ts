// The training HIS (seeds/training-his) and the demo data (seeds/demo-data) describe the same people
// and the same scenarios: the page's patient list (patients.js), its item dictionary (items.js) and
// its 培训指引 box must agree with buildDemoData / trainingScenarios. Also checks the static DOM
// contract the extension's adapter reads, and that the pages use nothing from outside.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ageOn, buildDemoData, DEMO_PATIENTS, trainingScenarios } from '../../seeds/demo-data/demo-patients.ts';
import { extractGuideBlock, renderTrainingGuideHtml } from '../../seeds/demo-data/training-guide.ts';

// jsdom ships without type declarations (and @types/jsdom is not a dependency): the little we use.
type DomWindow = Window & typeof globalThis;
interface JsdomInstance {
  window: DomWindow;
}
interface JsdomConstructor {
  new (html?: string, options?: Record<string, unknown>): JsdomInstance;
  fromFile(path: string, options?: Record<string, unknown>): Promise<JsdomInstance>;
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

const HIS_DIR = fileURLToPath(new URL('../../seeds/training-his/', import.meta.url));
const read = (name: string) => readFileSync(`${HIS_DIR}${name}`, 'utf8');

interface TrainingPatient {
  key: string;
  name: string;
  sex: string;
  age: string;
  birthDate: string;
  hisPatientId: string;
  idCard: string;
}

interface HisItem {
  code: string;
  name: string;
  type: string;
  dept: string;
  price: string;
}

/** Runs one of the page's plain scripts in a bare context, as a browser would (`window` = global). */
function runPageScript(file: string, nowMs?: number): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  context.window = context;
  if (nowMs !== undefined) {
    const RealDate = Date;
    const fixed: number = nowMs;
    context.Date = class extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(fixed);
        else super(...(args as [number]));
      }
    };
  }
  vm.createContext(context);
  vm.runInContext(read(file), context, { filename: file });
  return context;
}

function trainingPatients(nowMs?: number): TrainingPatient[] {
  return runPageScript('patients.js', nowMs).TRAINING_PATIENTS as TrainingPatient[];
}

function identifier(patient: (typeof DEMO_PATIENTS)[number], kind: string): string | undefined {
  return patient.identifiers.find((entry) => entry.kind === kind)?.value;
}

describe('patients.js agrees with buildDemoData', () => {
  const instants = [
    new Date(),
    new Date('2026-11-23T02:30:00Z'),
    new Date('2026-11-19T15:59:00Z'), // one minute before 王德明's birthday in Chengdu
    new Date('2026-11-19T16:00:00Z'), // his birthday in Chengdu, still the 19th in UTC
    new Date('2030-01-25T20:00:00Z'),
  ];

  it.each(instants.map((instant) => [instant.toISOString(), instant] as const))('same people, numbers and ages at %s', (_label, now) => {
    const page = trainingPatients(now.getTime());
    const data = buildDemoData(now);
    expect(page.map((patient) => patient.key)).toEqual(data.patients.map((patient) => patient.key));
    page.forEach((patient, index) => {
      const demo = data.patients[index]!;
      expect(patient.name).toBe(demo.name);
      expect(patient.sex).toBe(demo.sex);
      expect(patient.birthDate).toBe(demo.birthDate);
      expect(patient.hisPatientId).toBe(identifier(demo, 'hisPatientId'));
      expect(patient.idCard).toBe(identifier(demo, 'idCard'));
      expect(patient.age).toBe(`${ageOn(demo.birthDate, now)}岁`);
    });
  });

  it('has plausible, unique identifiers that match the birth date and sex', () => {
    const page = trainingPatients();
    expect(page.length).toBeGreaterThanOrEqual(5);
    expect(new Set(page.map((patient) => patient.hisPatientId)).size).toBe(page.length);
    expect(new Set(page.map((patient) => patient.idCard)).size).toBe(page.length);
    expect(page[0]?.hisPatientId).toBe('MZ20260001');
    for (const patient of page) {
      expect(patient.hisPatientId).toMatch(/^MZ2026\d{4}$/);
      // 18 characters, the last four masked; characters 7–14 are the birth date.
      expect(patient.idCard).toMatch(/^(5[01])\d{12}\*{4}$/);
      expect(patient.idCard.slice(6, 14)).toBe(patient.birthDate.replace(/-/g, ''));
      expect(['男', '女']).toContain(patient.sex);
    }
  });
});

describe('items.js: the orderable items', () => {
  const items = runPageScript('items.js').HIS_ITEMS as HisItem[];

  it('has 25–40 unique items with unique search codes, a type and a department', () => {
    expect(items.length).toBeGreaterThanOrEqual(25);
    expect(items.length).toBeLessThanOrEqual(40);
    expect(new Set(items.map((item) => item.name)).size).toBe(items.length);
    expect(new Set(items.map((item) => item.code)).size).toBe(items.length);
    for (const item of items) {
      expect(item.code).toMatch(/^[A-Z]+$/);
      expect(['检验', '检查']).toContain(item.type);
      expect(item.dept).toBeTruthy();
      expect(item.price).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it('includes the messy names the product must cope with', () => {
    const names = items.map((item) => item.name);
    for (const name of [
      '血常规', '血细胞分析(五分类)', '肝功能', '肾功能', '凝血四项', '乙肝两对半', '甲功三项', '胸部CT平扫',
      '胸部计算机体层(CT)平扫', '胸部CT平扫+三维重建', '头颅CT平扫', '左膝关节MR平扫', '右膝关节MR平扫',
      '左侧膝关节磁共振平扫成像', '腰椎MR平扫', '颅脑MR平扫', '上腹部CT增强', '胸部正位(DR)', 'C反应蛋白', '心电图',
      '血型鉴定(ABO+Rh)', '糖化血红蛋白', '尿常规',
    ]) {
      expect(names, name).toContain(name);
    }
  });

  it('can order every scenario item and every quick pick', () => {
    const names = new Set(items.map((item) => item.name));
    for (const scenario of trainingScenarios) expect(names.has(scenario.orderName), scenario.id).toBe(true);
    const doc = new JSDOM(read('order-entry.html')).window.document;
    const picks = [...doc.querySelectorAll('#quickPicks a[data-item]')].map((link) => link.getAttribute('data-item') ?? '');
    expect(picks.length).toBeGreaterThan(10);
    for (const pick of picks) expect(names.has(pick), pick).toBe(true);
  });
});

describe('the 培训指引 box in index.html', () => {
  it('is exactly the rendering of trainingScenarios (run seeds/demo-data/write-training-guide.ts after a change)', () => {
    expect(extractGuideBlock(read('index.html'))).toBe(renderTrainingGuideHtml().trim());
  });

  it('lists every scenario with its patient, order and teaching point', () => {
    const doc = new JSDOM(read('index.html')).window.document;
    const rows = [...doc.querySelectorAll('#trainingGuide tr[data-scenario]')];
    expect(rows.map((row) => row.getAttribute('data-scenario'))).toEqual(trainingScenarios.map((scenario) => scenario.id));
    rows.forEach((row, index) => {
      const scenario = trainingScenarios[index]!;
      const patient = DEMO_PATIENTS.find((entry) => entry.key === scenario.patientKey)!;
      expect(row.querySelector('.g-pat')?.textContent).toBe(`${patient.name}（${scenario.walkIn ? '未带卡·临时挂号' : identifier(patient, 'hisPatientId')}）`);
      expect(row.querySelector('.g-order')?.textContent).toBe(scenario.orderName);
      expect(row.querySelector('.g-title')?.textContent).toBe(scenario.title);
      expect(row.querySelector('.g-point')?.textContent).toBe(scenario.expectedTeachingPoint);
      const run = row.querySelector('a.guide-run');
      expect(run?.getAttribute('data-patient')).toBe(identifier(patient, 'hisPatientId'));
      expect(run?.getAttribute('data-order')).toBe(scenario.orderName);
      expect(run?.getAttribute('data-walkin')).toBe(scenario.walkIn ? '1' : null);
    });
  });
});

describe('static DOM contract read by the extension adapter', () => {
  it('index.html: title, banner, hidden patient-info tab, switcher, work iframe', () => {
    const doc = new JSDOM(read('index.html')).window.document;
    expect(doc.title).toBe('XX市第一人民医院 HIS（培训版）');
    for (const id of ['patName', 'patSex', 'patAge']) expect(doc.querySelector(`#patientBanner #${id}`), id).not.toBeNull();
    const info = doc.getElementById('tabPatientInfo') as HTMLElement;
    expect(info.style.display).toBe('none');
    expect(info.querySelector('span#patNo')).not.toBeNull();
    expect(info.querySelector('span#patIdCard')).not.toBeNull();
    expect(doc.querySelector('select#patientSelect')).not.toBeNull();
    expect(doc.querySelector('#tabStrip input[type=checkbox]#walkInMode')).not.toBeNull();
    const frame = doc.querySelector('iframe#workFrame');
    expect(frame?.getAttribute('name')).toBe('workFrame');
    expect(frame?.getAttribute('src')).toBe('order-entry.html');
    const tabs = [...doc.querySelectorAll('#tabStrip a')].map((tab) => tab.textContent);
    expect(tabs).toEqual(['门诊医生站', '病人信息', '检验报告', '检查报告']);
  });

  it('order-entry.html: picker, quick picks, grid head, note and submit', () => {
    const doc = new JSDOM(read('order-entry.html')).window.document;
    expect(doc.title).toBe('检查检验申请');
    expect(doc.querySelector('input#itemInput')).not.toBeNull();
    expect(doc.querySelector('#btnAddItem')?.getAttribute('value')).toBe('添加');
    expect(doc.querySelector('#quickPicks a[href="#"][data-item]')).not.toBeNull();
    const heads = [...doc.querySelectorAll('table#orderGrid thead th')].map((th) => th.textContent);
    expect(heads).toEqual(['序号', '项目名称', '类别', '执行科室', '状态', '操作']);
    expect(doc.querySelectorAll('table#orderGrid tbody tr')).toHaveLength(0);
    expect(doc.querySelector('textarea#applyNote')).not.toBeNull();
    expect(doc.querySelector('label[for="applyNote"]')?.textContent).toContain('申请备注');
    const submit = doc.querySelector('input#btnSubmit');
    expect(submit?.getAttribute('type')).toBe('button');
    expect(submit?.getAttribute('value')).toBe('提交申请');
  });

  it('ids are unique on each page', () => {
    for (const page of ['index.html', 'order-entry.html']) {
      const ids = [...new JSDOM(read(page)).window.document.querySelectorAll('[id]')].map((el) => el.id);
      expect(new Set(ids).size, page).toBe(ids.length);
    }
  });
});

describe('no external resources, no libraries, old-browser script', () => {
  const files = readdirSync(HIS_DIR);

  it('references nothing outside the folder', () => {
    for (const file of files) {
      const text = read(file);
      expect(text, file).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
      expect(text, file).not.toMatch(/@import|url\(\s*['"]?(?!data:)/i);
    }
    for (const page of files.filter((file) => file.endsWith('.html'))) {
      const doc = new JSDOM(read(page)).window.document;
      for (const el of doc.querySelectorAll('[src], link[href]')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        if (ref.startsWith('data:')) continue;
        expect(files, `${page} → ${ref}`).toContain(ref);
      }
    }
  });

  it('writes its scripts in ES5 (Chrome 86 cores and older HIS habits), without window.alert', () => {
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      const text = read(file);
      expect(text, file).not.toMatch(/(^|[^.\w])(let|const|class)\s/m);
      expect(text, file).not.toMatch(/=>|`/);
      expect(text, file).not.toMatch(/\balert\s*\(|\bconfirm\s*\(|\bprompt\s*\(/);
      expect(text, file).not.toMatch(/localStorage|sessionStorage|document\.cookie|indexedDB/);
      expect(() => new vm.Script(text, { filename: file })).not.toThrow();
    }
  });
});
