// The demo data (seeds/demo-data/demo-patients.ts): valid in the product's export format, relative to
// `now` on the Asia/Shanghai calendar whatever the machine's time zone, and shaped for the teaching
// cases the training scenarios rely on.
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  buildDemoData,
  DEMO_PATIENTS,
  shanghaiDate,
  trainingScenarios,
  TRAINING_HIS_INSTITUTION,
  type DemoData,
  type DemoResult,
} from '../../seeds/demo-data/demo-patients.ts';
import { parseExportFile } from '../../lib/store/export-format.ts';
import { institutionSchema, priorSchema } from '../../lib/rules/evaluate-schema.ts';

const NOW = new Date('2026-11-23T02:30:00Z'); // 10:30 in Chengdu
const DAY_MS = 86_400_000;

/** Calendar days between the result's (Shanghai) date and `now`'s Shanghai date. */
function daysAgo(result: DemoResult, now: Date): number {
  const [y, m, d] = result.performedAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const today = shanghaiDate(now);
  return Math.round((Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(y, m - 1, d)) / DAY_MS);
}

function find(data: DemoData, patientKey: string, itemName: string): DemoResult {
  const result = data.results.find((entry) => entry.patientKey === patientKey && entry.itemName === itemName);
  if (!result) throw new Error(`no ${itemName} for ${patientKey}`);
  return result;
}

describe('buildDemoData: the export file', () => {
  const data = buildDemoData(NOW);

  it('is a valid hr-assistant-export file that imports as it is', () => {
    const parsed = parseExportFile(JSON.stringify(data));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
    expect(parsed.file.patients).toHaveLength(data.patients.length);
    expect(parsed.file.results).toHaveLength(data.results.length);
    expect(data.format).toBe('hr-assistant-export');
    expect(data.version).toBe(1);
    expect(data.exportedAt).toBe('2026-11-23T10:30:00+08:00');
  });

  it('has at least five patients, each with a HIS patient number and an ID card', () => {
    expect(data.patients.length).toBeGreaterThanOrEqual(5);
    for (const patient of data.patients) {
      const kinds = patient.identifiers.map((identifier) => identifier.kind);
      expect(kinds).toContain('hisPatientId');
      expect(kinds).toContain('idCard');
    }
    expect(data.patients[0]?.identifiers[0]).toEqual({ kind: 'hisPatientId', value: 'MZ20260001' });
  });

  it('gives every result a unique id, the +08:00 offset, a past date and a report after the examination', () => {
    const ids = new Set<string>();
    for (const result of data.results) {
      expect(ids.has(result.id), result.id).toBe(false);
      ids.add(result.id);
      expect(result.performedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(result.reportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      const performed = Date.parse(result.performedAt);
      const reported = Date.parse(result.reportedAt ?? '');
      expect(performed).toBeLessThan(NOW.getTime());
      expect(reported).toBeGreaterThan(performed);
      expect(reported).toBeLessThanOrEqual(NOW.getTime());
      expect(result.source).toBe('demo');
      expect(result.archiveNo).toMatch(/^[A-Z]{2}\d{8}\d{2,4}$/);
      expect(result.archiveNo?.slice(2, 10)).toBe(result.performedAt.slice(0, 10).replace(/-/g, ''));
    }
  });

  it('feeds the engine: every result is a valid prior and every institution a valid institution', () => {
    for (const result of data.results) {
      expect(() => priorSchema.parse(result), result.id).not.toThrow();
      expect(() => institutionSchema.parse(result.institution), result.id).not.toThrow();
    }
    expect(() => institutionSchema.parse(TRAINING_HIS_INSTITUTION)).not.toThrow();
  });

  it('covers institutions of every kind the rules tell apart', () => {
    const institutions = data.results.map((result) => result.institution);
    expect(institutions.some((i) => i.region === 'sichuan' && i.level === '三级' && i.ownership === 'public')).toBe(true);
    expect(institutions.some((i) => i.region === 'chongqing' && i.level === '三级')).toBe(true);
    expect(institutions.some((i) => i.region === 'chongqing' && i.level === '二级')).toBe(true);
    expect(institutions.some((i) => i.level === '二级' && i.region === 'sichuan' && i.ownership === 'public')).toBe(true);
    expect(institutions.some((i) => i.level === '一级')).toBe(true);
    expect(institutions.some((i) => i.ownership === 'private')).toBe(true);
    expect(new Set(data.results.map((result) => result.mark))).toEqual(new Set(['川渝HR', '川内HR', null]));
  });

  it('is deterministic and returns fresh objects', () => {
    const again = buildDemoData(NOW);
    expect(again).toEqual(data);
    again.results[0]!.institution.name = 'changed';
    again.patients[0]!.identifiers[0]!.value = 'changed';
    expect(buildDemoData(NOW)).toEqual(data);
  });
});

describe('buildDemoData: dates relative to now on the Asia/Shanghai calendar', () => {
  const instants = [
    NOW,
    new Date('2026-11-22T16:05:00Z'), // 00:05 on 11-23 in Chengdu, still 11-22 in UTC
    new Date('2026-11-22T15:55:00Z'), // 23:55 on 11-22 in Chengdu
    new Date('2027-03-01T01:00:00Z'), // across a month end and a non-leap February
    new Date('2028-02-29T12:00:00Z'), // leap day
    new Date('2031-01-01T00:00:00Z'),
  ];

  it.each(instants.map((instant) => [instant.toISOString(), instant] as const))('at %s', (_label, now) => {
    const data = buildDemoData(now);
    expect(daysAgo(find(data, 'demo-p1', '左侧膝关节MR平扫'), now)).toBe(20);
    expect(daysAgo(find(data, 'demo-p1', '胸部CT平扫'), now)).toBe(120);
    expect(daysAgo(find(data, 'demo-p1', '白细胞计数(WBC)'), now)).toBe(1);
    expect(daysAgo(find(data, 'demo-p3', '乙型肝炎病毒表面抗体(HBsAb)'), now)).toBe(90);
    expect(daysAgo(find(data, 'demo-p3', '丙型肝炎病毒抗体(HCV-Ab)'), now)).toBe(60);
    for (const result of data.results) {
      expect(Date.parse(result.performedAt)).toBeLessThan(now.getTime());
      expect(Date.parse(result.reportedAt ?? '')).toBeLessThanOrEqual(now.getTime());
    }
    expect(data.exportedAt.slice(0, 10)).toBe(
      `${shanghaiDate(now).year}-${String(shanghaiDate(now).month).padStart(2, '0')}-${String(shanghaiDate(now).day).padStart(2, '0')}`,
    );
  });

  it('computes ages on the Shanghai calendar', () => {
    // 1985-11-20: 40 until the 19th, 41 from 00:00 Chengdu time on the 20th (16:00 UTC on the 19th).
    expect(ageOn('1985-11-20', new Date('2026-11-19T15:59:00Z'))).toBe(40);
    expect(ageOn('1985-11-20', new Date('2026-11-19T16:00:00Z'))).toBe(41);
    expect(ageOn('1960-03-02', new Date('2026-03-01T12:00:00Z'))).toBe(65);
    expect(ageOn('1960-03-02', new Date('2026-03-02T00:00:00Z'))).toBe(66);
  });
});

describe('buildDemoData: the teaching cases', () => {
  const data = buildDemoData(NOW);
  const of = (key: string) => data.results.filter((result) => result.patientKey === key);

  it('patient 1: left-knee MR (川渝HR, Chongqing 三级), expired chest CT, yesterday\'s blood count as components', () => {
    const knee = find(data, 'demo-p1', '左侧膝关节MR平扫');
    expect(knee).toMatchObject({ mark: '川渝HR', institution: { name: '重庆医科大学附属第一医院', level: '三级', region: 'chongqing', ownership: 'public' } });
    expect(find(data, 'demo-p1', '胸部CT平扫')).toMatchObject({ mark: '川渝HR', institution: { name: '四川大学华西医院' } });
    const cbc = of('demo-p1').filter((result) => result.archiveNo?.startsWith('JY'));
    expect(cbc.map((result) => result.itemName)).toEqual(
      expect.arrayContaining(['白细胞计数(WBC)', '红细胞计数(RBC)', '血红蛋白(Hb)', '血小板计数(PLT)', '平均红细胞体积(MCV)']),
    );
    expect(new Set(cbc.map((result) => result.archiveNo)).size).toBe(1);
    for (const result of cbc) {
      expect(result.value).toMatch(/^\d+(\.\d+)?$/);
      expect(result.unit).toBeTruthy();
    }
    // Components printed without `*` carry no mark.
    expect(find(data, 'demo-p1', '红细胞分布宽度-CV(RDW-CV)').mark).toBeNull();
    expect(of('demo-p1').some((result) => /右/.test(result.itemName))).toBe(false);
  });

  it('blood count values agree with each other (HCT = RBC × MCV, MCH = Hb / RBC, MCHC = Hb / HCT)', () => {
    const value = (name: string) => Number(find(data, 'demo-p1', name).value);
    const rbc = value('红细胞计数(RBC)');
    expect(Math.abs((rbc * value('平均红细胞体积(MCV)')) / 10 - value('红细胞压积(HCT)'))).toBeLessThan(0.2);
    expect(Math.abs(value('血红蛋白(Hb)') / rbc - value('平均红细胞血红蛋白含量(MCH)'))).toBeLessThan(0.2);
    expect(Math.abs(value('血红蛋白(Hb)') / (value('红细胞压积(HCT)') / 100) - value('平均红细胞血红蛋白浓度(MCHC)'))).toBeLessThan(2);
  });

  it('patient 2: recent results without any mark', () => {
    expect(of('demo-p2').length).toBeGreaterThan(0);
    for (const result of of('demo-p2')) expect(result.mark).toBeNull();
  });

  it('patient 3: HBsAb positive 3 months ago, HCV-Ab negative 2 months ago, one result of unknown polarity', () => {
    expect(find(data, 'demo-p3', '乙型肝炎病毒表面抗体(HBsAb)')).toMatchObject({ result: 'positive', mark: '川渝HR' });
    expect(find(data, 'demo-p3', '丙型肝炎病毒抗体(HCV-Ab)')).toMatchObject({ result: 'negative', mark: '川渝HR' });
    expect(find(data, 'demo-p3', '抗梅毒螺旋体特异性抗体(抗TP)').result).toBeNull();
  });

  it('patient 4: 川内HR from a Sichuan hospital and 川渝HR from Chongqing hospitals', () => {
    expect(find(data, 'demo-p4', '头部计算机体层(CT)平扫')).toMatchObject({ mark: '川内HR', institution: { region: 'sichuan' } });
    const chongqing = of('demo-p4').filter((result) => result.institution.region === 'chongqing');
    expect(chongqing.length).toBeGreaterThan(0);
    for (const result of chongqing) expect(result.mark).toBe('川渝HR');
  });

  it('patient 5: results from 一级 institutions, one of them in the training hospital\'s alliance', () => {
    const results = of('demo-p5');
    expect(results.every((result) => result.institution.level === '一级')).toBe(true);
    const alliance = TRAINING_HIS_INSTITUTION.alliances?.[0];
    expect(results.some((result) => alliance && result.institution.alliances?.includes(alliance))).toBe(true);
    expect(results.some((result) => !result.institution.alliances?.includes(alliance ?? ''))).toBe(true);
  });

  it('never marks 川内HR on a result from outside Sichuan', () => {
    for (const result of data.results) {
      if (result.mark === '川内HR') expect(result.institution.region, result.id).toBe('sichuan');
    }
  });
});

describe('trainingScenarios', () => {
  it('has unique sequential ids, known patients and zh-CN texts', () => {
    const keys = new Set(DEMO_PATIENTS.map((patient) => patient.key));
    trainingScenarios.forEach((scenario, index) => {
      expect(scenario.id).toBe(`S${String(index + 1).padStart(2, '0')}`);
      expect(keys.has(scenario.patientKey), scenario.id).toBe(true);
      expect(scenario.title).toMatch(/[\u4e00-\u9fff]/);
      expect(scenario.expectedTeachingPoint.length).toBeGreaterThan(30);
      expect(scenario.orderName.trim()).toBe(scenario.orderName);
      if (scenario.exception) expect(scenario.expectedStatus).toBe('exempt');
    });
  });

  it('has at least one scenario for every demo patient', () => {
    for (const patient of DEMO_PATIENTS) {
      expect(trainingScenarios.some((scenario) => scenario.patientKey === patient.key), patient.key).toBe(true);
    }
  });

  it('never expects "must recognise" without a marked, in-window prior of the same patient', () => {
    const data = buildDemoData(NOW);
    for (const scenario of trainingScenarios.filter((entry) => entry.expectedStatus === 'required')) {
      const marked = data.results.filter((result) => result.patientKey === scenario.patientKey && result.mark !== null);
      expect(marked.length, scenario.id).toBeGreaterThan(0);
    }
  });
});
