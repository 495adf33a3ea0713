// Demo patients of the bundled training HIS (seeds/training-his) and their prior results from other
// institutions, in the extension's own export format (`hr-assistant-export`, lib/store/export-format.ts).
//
// Every date is computed from `now` on the Asia/Shanghai calendar, so the demos and the tests never go
// stale and do not depend on the machine's time zone. Birth dates are fixed (like a real person's); the
// HIS page computes the age shown in `#patAge` from them the same way (seeds/training-his/patients.js,
// kept in step by tests/unit/demo-data-consistency.test.ts).
//
// All people are fictitious. The large public hospitals are named as real institutions to make the
// teaching realistic, but every result here is invented; the county, township, community and private
// institutions use "XX" placeholder names like the training hospital itself. ID card numbers are
// masked in the last four digits, as on a real HIS screen.
//
// Pure TypeScript without imports: usable from the demo launcher, the e2e tests and the unit tests.

// ---------------------------------------------------------------------------------------------------
// Types (the export format, written out so this file stays free of imports)

export type IdentifierKind = 'hisPatientId' | 'idCard' | 'insuranceCard' | 'hisVisitId';

export interface DemoIdentifier {
  kind: IdentifierKind;
  value: string;
}

export interface DemoPatient {
  key: string;
  identifiers: DemoIdentifier[];
  name: string;
  sex: '男' | '女';
  /** YYYY-MM-DD. */
  birthDate: string;
}

export type InstitutionLevel = '三级' | '二级' | '一级' | '未定级';
export type InstitutionRegion = 'sichuan' | 'chongqing' | 'other';

export interface DemoInstitution {
  name: string;
  level: InstitutionLevel;
  region: InstitutionRegion;
  ownership: 'public' | 'private';
  /** Medical alliances (医联体) the institution belongs to. */
  alliances?: string[];
}

export type DemoMark = '川渝HR' | '川内HR' | 'HR';

export interface DemoResult {
  id: string;
  patientKey: string;
  /** The name as printed on the other institution's report. */
  itemName: string;
  /** Collection / examination time, ISO-8601 with the +08:00 offset. */
  performedAt: string;
  reportedAt?: string;
  institution: DemoInstitution;
  mark: DemoMark | null;
  result?: 'positive' | 'negative' | null;
  value?: string;
  unit?: string;
  archiveNo?: string;
  source: 'demo';
}

export interface DemoData {
  format: 'hr-assistant-export';
  version: 1;
  exportedAt: string;
  patients: DemoPatient[];
  results: DemoResult[];
}

/** Mirrors `verdictStatusSchema` in lib/rules/evaluate-schema.ts. */
export type ExpectedStatus = 'required' | 'optional' | 'not-eligible' | 'no-prior' | 'exempt' | 'unmatched';

/** Mirrors `exceptionCodeSchema` in lib/rules/evaluate-schema.ts. */
export type ScenarioException =
  | 'condition-changed'
  | 'rapid-change'
  | 'major-procedure'
  | 'emergency'
  | 'patient-request'
  | 'forensic'
  | 'other';

export interface TrainingScenario {
  /** `S01`, `S02` … in the order a trainer walks through them. */
  id: string;
  title: string;
  patientKey: string;
  /** The name as ordered in the training HIS (an entry of seeds/training-his/items.js). */
  orderName: string;
  /** What the trainer should point out, with the clause behind it (zh-CN). */
  expectedTeachingPoint: string;
  /**
   * The exception (例外情形) the trainer selects in the warning, when the scenario is about one.
   */
  exception?: ScenarioException;
  /**
   * The order's verdict the product should give (after `exception`, if any), where the policy texts
   * and the product decisions in DOMAIN.md fix it. Absent where it depends on deployment settings
   * (医联体, 社会办 institutions, panel definitions, inferred windows): the teaching point says why.
   */
  expectedStatus?: ExpectedStatus;
}

// ---------------------------------------------------------------------------------------------------
// The training hospital and the other institutions

/** The hospital whose HIS the training screen imitates (the ordering institution in every scenario). */
export const TRAINING_HIS_INSTITUTION: DemoInstitution = {
  name: 'XX市第一人民医院',
  level: '三级',
  region: 'sichuan',
  ownership: 'public',
  alliances: ['XX市第一人民医院紧密型城市医疗集团'],
};

export const DEMO_INSTITUTIONS = {
  huaxi: { name: '四川大学华西医院', level: '三级', region: 'sichuan', ownership: 'public' },
  scPeoples: { name: '四川省人民医院', level: '三级', region: 'sichuan', ownership: 'public' },
  mianyang: { name: '绵阳市中心医院', level: '三级', region: 'sichuan', ownership: 'public' },
  cqmu1: { name: '重庆医科大学附属第一医院', level: '三级', region: 'chongqing', ownership: 'public' },
  cqmu2: { name: '重庆医科大学附属第二医院', level: '三级', region: 'chongqing', ownership: 'public' },
  county: {
    name: 'XX县人民医院',
    level: '二级',
    region: 'sichuan',
    ownership: 'public',
    alliances: ['XX县紧密型县域医疗卫生共同体'],
  },
  cqDistrict: { name: '重庆市XX区人民医院', level: '二级', region: 'chongqing', ownership: 'public' },
  community: {
    name: 'XX市城东街道社区卫生服务中心',
    level: '一级',
    region: 'sichuan',
    ownership: 'public',
    alliances: ['XX市第一人民医院紧密型城市医疗集团'],
  },
  township: {
    name: 'XX县青山镇卫生院',
    level: '一级',
    region: 'sichuan',
    ownership: 'public',
    alliances: ['XX县紧密型县域医疗卫生共同体'],
  },
  privateOrtho: { name: 'XX骨科医院', level: '二级', region: 'sichuan', ownership: 'private' },
} as const satisfies Record<string, DemoInstitution>;

type InstitutionId = keyof typeof DEMO_INSTITUTIONS;

// ---------------------------------------------------------------------------------------------------
// Patients (the same list as seeds/training-his/patients.js)

export const DEMO_PATIENTS: readonly DemoPatient[] = [
  {
    key: 'demo-p1',
    identifiers: [
      { kind: 'hisPatientId', value: 'MZ20260001' },
      { kind: 'idCard', value: '51010419600302****' },
    ],
    name: '张建国',
    sex: '男',
    birthDate: '1960-03-02',
  },
  {
    key: 'demo-p2',
    identifiers: [
      { kind: 'hisPatientId', value: 'MZ20260002' },
      { kind: 'idCard', value: '51011719720815****' },
    ],
    name: '李秀英',
    sex: '女',
    birthDate: '1972-08-15',
  },
  {
    key: 'demo-p3',
    identifiers: [
      { kind: 'hisPatientId', value: 'MZ20260003' },
      { kind: 'idCard', value: '51010719851120****' },
    ],
    name: '王德明',
    sex: '男',
    birthDate: '1985-11-20',
  },
  {
    key: 'demo-p4',
    identifiers: [
      { kind: 'hisPatientId', value: 'MZ20260004' },
      { kind: 'idCard', value: '51070319900508****' },
    ],
    name: '刘芳',
    sex: '女',
    birthDate: '1990-05-08',
  },
  {
    key: 'demo-p5',
    identifiers: [
      { kind: 'hisPatientId', value: 'MZ20260005' },
      { kind: 'idCard', value: '51018219480126****' },
    ],
    name: '陈桂兰',
    sex: '女',
    birthDate: '1948-01-26',
  },
  {
    key: 'demo-p6',
    identifiers: [
      { kind: 'hisPatientId', value: 'MZ20260006' },
      { kind: 'idCard', value: '50010519780912****' },
    ],
    name: '赵永强',
    sex: '男',
    birthDate: '1978-09-12',
  },
];

// ---------------------------------------------------------------------------------------------------
// Asia/Shanghai calendar (UTC+8 all year, no DST since 1991): plain UTC arithmetic, no time zone data.

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The Asia/Shanghai calendar date of an instant. */
export function shanghaiDate(instant: Date): CalendarDate {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function ymd(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

function compact(date: CalendarDate): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}

function shanghaiIso(date: CalendarDate, time: string): string {
  return `${ymd(date)}T${time}:00+08:00`;
}

/** An instant as ISO-8601 with the +08:00 offset (seconds precision). */
export function toShanghaiIso(instant: Date): string {
  const local = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

/** Whole years of age on the Asia/Shanghai calendar date of `now` (as the HIS shows it). */
export function ageOn(birthDate: string, now: Date): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const today = shanghaiDate(now);
  const beforeBirthday = today.month < bm || (today.month === bm && today.day < bd);
  return today.year - by - (beforeBirthday ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------------
// Prior results, as a compact table: one report (one draw or one examination) per entry.

interface Component {
  slug: string;
  itemName: string;
  value?: string;
  unit?: string;
  result?: 'positive' | 'negative' | null;
  /** Overrides the report's mark: components printed without `*` (not a recognised item). */
  mark?: DemoMark | null;
}

interface ReportSpec {
  slug: string;
  patientKey: string;
  institution: InstitutionId;
  mark: DemoMark | null;
  /** Calendar days before `now` (Asia/Shanghai). Always ≥ 1, so nothing lies in the future. */
  daysAgo: number;
  /** Collection / examination time of day, HH:mm. */
  at: string;
  /** Report time: same calendar day plus `reportDays` (0 or 1), at `reportAt`. */
  reportDays: 0 | 1;
  reportAt: string;
  /** Archive number: `prefix + YYYYMMDD (performed) + serial`. */
  archivePrefix: string;
  archiveSerial: string;
  components: Component[];
}

const negative = 'negative' as const;
const positive = 'positive' as const;

const REPORTS: readonly ReportSpec[] = [
  // --- demo-p1 张建国: knee MR valid, chest CT expired, blood count yesterday ---------------------
  {
    slug: 'mr-knee-left',
    patientKey: 'demo-p1',
    institution: 'cqmu1',
    mark: '川渝HR',
    daysAgo: 20,
    at: '14:20',
    reportDays: 1,
    reportAt: '10:05',
    archivePrefix: 'MR',
    archiveSerial: '0217',
    components: [
      {
        slug: 'mr-knee-left',
        itemName: '左侧膝关节MR平扫',
        value: '左膝内侧半月板后角Ⅱ度信号；关节腔少量积液；前后交叉韧带未见断裂。',
      },
    ],
  },
  {
    slug: 'ct-chest',
    patientKey: 'demo-p1',
    institution: 'huaxi',
    mark: '川渝HR',
    daysAgo: 120,
    at: '09:40',
    reportDays: 0,
    reportAt: '15:30',
    archivePrefix: 'CT',
    archiveSerial: '23',
    components: [{ slug: 'ct-chest', itemName: '胸部CT平扫', value: '双肺散在少许纤维条索影；纵隔淋巴结未见肿大。' }],
  },
  {
    slug: 'cbc',
    patientKey: 'demo-p1',
    institution: 'huaxi',
    mark: '川渝HR',
    daysAgo: 1,
    at: '08:12',
    reportDays: 0,
    reportAt: '09:26',
    archivePrefix: 'JY',
    archiveSerial: '0386',
    components: [
      { slug: 'wbc', itemName: '白细胞计数(WBC)', value: '6.8', unit: '×10^9/L' },
      { slug: 'rbc', itemName: '红细胞计数(RBC)', value: '4.52', unit: '×10^12/L' },
      { slug: 'hb', itemName: '血红蛋白(Hb)', value: '138', unit: 'g/L' },
      { slug: 'hct', itemName: '红细胞压积(HCT)', value: '41.6', unit: '%' },
      { slug: 'plt', itemName: '血小板计数(PLT)', value: '212', unit: '×10^9/L' },
      { slug: 'mcv', itemName: '平均红细胞体积(MCV)', value: '92.0', unit: 'fL' },
      { slug: 'mch', itemName: '平均红细胞血红蛋白含量(MCH)', value: '30.5', unit: 'pg' },
      { slug: 'mchc', itemName: '平均红细胞血红蛋白浓度(MCHC)', value: '332', unit: 'g/L' },
      // Printed without `*` on the report: not recognised items.
      { slug: 'neut-pct', itemName: '中性粒细胞百分比(NEUT%)', value: '62.3', unit: '%', mark: null },
      { slug: 'rdw-cv', itemName: '红细胞分布宽度-CV(RDW-CV)', value: '12.9', unit: '%', mark: null },
    ],
  },
  // --- demo-p2 李秀英: results without a mark --------------------------------------------------
  {
    slug: 'lft',
    patientKey: 'demo-p2',
    institution: 'county',
    mark: null,
    daysAgo: 10,
    at: '07:55',
    reportDays: 0,
    reportAt: '11:40',
    archivePrefix: 'SH',
    archiveSerial: '0142',
    components: [
      { slug: 'tp', itemName: '总蛋白(TP)', value: '72.4', unit: 'g/L' },
      { slug: 'alb', itemName: '白蛋白(ALB)', value: '43.1', unit: 'g/L' },
      { slug: 'alt', itemName: '丙氨酸氨基转移酶(ALT)', value: '28', unit: 'U/L' },
      { slug: 'ast', itemName: '天门冬氨酸氨基转移酶(AST)', value: '24', unit: 'U/L' },
      { slug: 'alp', itemName: '碱性磷酸酶(ALP)', value: '76', unit: 'U/L' },
      { slug: 'ggt', itemName: 'γ-谷氨酰转肽酶(GGT)', value: '22', unit: 'U/L' },
      { slug: 'tbil', itemName: '总胆红素(TBIL)', value: '12.6', unit: 'μmol/L' },
      { slug: 'dbil', itemName: '直接胆红素(DBIL)', value: '3.8', unit: 'μmol/L' },
    ],
  },
  {
    slug: 'dr-chest',
    patientKey: 'demo-p2',
    institution: 'cqDistrict',
    mark: null,
    daysAgo: 15,
    at: '10:30',
    reportDays: 0,
    reportAt: '11:15',
    archivePrefix: 'DR',
    archiveSerial: '0561',
    components: [{ slug: 'dr-chest', itemName: '胸部正位片(DR)', value: '心肺膈未见明显异常。' }],
  },
  // --- demo-p3 王德明: result-dependent windows (immunology) ------------------------------------
  {
    slug: 'hbv-markers',
    patientKey: 'demo-p3',
    institution: 'scPeoples',
    mark: '川渝HR',
    daysAgo: 90,
    at: '08:30',
    reportDays: 1,
    reportAt: '16:00',
    archivePrefix: 'MY',
    archiveSerial: '0075',
    components: [
      { slug: 'hbsag', itemName: '乙型肝炎病毒表面抗原(HBsAg)', value: '0.01', unit: 'IU/mL', result: negative },
      { slug: 'hbsab', itemName: '乙型肝炎病毒表面抗体(HBsAb)', value: '125.6', unit: 'mIU/mL', result: positive },
      { slug: 'hbeag', itemName: '乙型肝炎病毒e抗原(HBeAg)', value: '0.32', unit: 'S/CO', result: negative },
      { slug: 'hbeab', itemName: '乙型肝炎病毒e抗体(HBeAb)', value: '1.85', unit: 'S/CO', result: negative },
      { slug: 'hbcab', itemName: '乙型肝炎病毒核心抗体(HBcAb)', value: '0.15', unit: 'S/CO', result: negative },
    ],
  },
  {
    slug: 'hcv',
    patientKey: 'demo-p3',
    institution: 'cqmu1',
    mark: '川渝HR',
    daysAgo: 60,
    at: '09:05',
    reportDays: 0,
    reportAt: '17:20',
    archivePrefix: 'MY',
    archiveSerial: '1129',
    components: [{ slug: 'hcv-ab', itemName: '丙型肝炎病毒抗体(HCV-Ab)', value: '0.06', unit: 'S/CO', result: negative }],
  },
  {
    slug: 'tp-ab',
    patientKey: 'demo-p3',
    institution: 'county',
    mark: '川渝HR',
    daysAgo: 20,
    at: '08:45',
    reportDays: 0,
    reportAt: '15:10',
    archivePrefix: 'MY',
    archiveSerial: '0033',
    // Imported from a scanned report whose 阴性/阳性 was not entered: the engine must use the
    // shorter window.
    components: [{ slug: 'tp-ab', itemName: '抗梅毒螺旋体特异性抗体(抗TP)', result: null }],
  },
  // --- demo-p4 刘芳: 川内HR from Sichuan, 川渝HR from Chongqing ---------------------------------
  {
    slug: 'ct-head',
    patientKey: 'demo-p4',
    institution: 'mianyang',
    mark: '川内HR',
    daysAgo: 30,
    at: '16:10',
    reportDays: 0,
    reportAt: '17:45',
    archivePrefix: 'CT',
    archiveSerial: '087',
    components: [{ slug: 'ct-head', itemName: '头部计算机体层(CT)平扫', value: '颅内未见明显异常密度影。' }],
  },
  {
    slug: 'ct-upper-abdomen-enhanced',
    patientKey: 'demo-p4',
    institution: 'cqmu2',
    mark: '川渝HR',
    daysAgo: 50,
    at: '11:00',
    reportDays: 1,
    reportAt: '09:30',
    archivePrefix: 'CT',
    archiveSerial: '0412',
    components: [
      {
        slug: 'ct-upper-abdomen-enhanced',
        itemName: '上腹部CT增强',
        value: '肝右叶小囊肿；胆、胰、脾未见明显异常。',
      },
    ],
  },
  {
    slug: 'thyroid',
    patientKey: 'demo-p4',
    institution: 'cqDistrict',
    mark: '川渝HR',
    daysAgo: 5,
    at: '08:20',
    reportDays: 0,
    reportAt: '14:35',
    archivePrefix: 'MY',
    archiveSerial: '0219',
    components: [
      { slug: 'ft3', itemName: '游离三碘甲状腺原氨酸(FT3)', value: '4.85', unit: 'pmol/L' },
      { slug: 'ft4', itemName: '游离甲状腺素(FT4)', value: '15.2', unit: 'pmol/L' },
      { slug: 'tsh', itemName: '促甲状腺激素(TSH)', value: '2.36', unit: 'mIU/L' },
    ],
  },
  // --- demo-p5 陈桂兰: results from 一级 institutions --------------------------------------------
  {
    slug: 'rft',
    patientKey: 'demo-p5',
    institution: 'community',
    mark: '川内HR',
    daysAgo: 10,
    at: '08:05',
    reportDays: 0,
    reportAt: '12:00',
    archivePrefix: 'JY',
    archiveSerial: '0058',
    components: [
      { slug: 'urea', itemName: '尿素(Urea)', value: '6.8', unit: 'mmol/L' },
      { slug: 'cr', itemName: '肌酐(Cr)', value: '86', unit: 'μmol/L' },
      { slug: 'ua', itemName: '尿酸(UA)', value: '362', unit: 'μmol/L' },
    ],
  },
  {
    slug: 'hba1c',
    patientKey: 'demo-p5',
    institution: 'community',
    mark: null,
    daysAgo: 20,
    at: '08:10',
    reportDays: 0,
    reportAt: '12:30',
    archivePrefix: 'JY',
    archiveSerial: '0097',
    components: [{ slug: 'hba1c', itemName: '糖化血红蛋白(HbA1c)', value: '7.2', unit: '%' }],
  },
  {
    slug: 'urinalysis',
    patientKey: 'demo-p5',
    institution: 'township',
    mark: null,
    daysAgo: 3,
    at: '09:15',
    reportDays: 0,
    reportAt: '10:20',
    archivePrefix: 'NY',
    archiveSerial: '012',
    components: [
      { slug: 'u-sg', itemName: '尿比重(SG)', value: '1.020' },
      { slug: 'u-ph', itemName: '尿酸碱度(pH)', value: '6.0' },
      { slug: 'u-pro', itemName: '尿蛋白(PRO)', value: '阴性(-)' },
      { slug: 'u-glu', itemName: '尿葡萄糖(GLU)', value: '弱阳性(±)' },
      { slug: 'u-bil', itemName: '尿胆红素(BIL)', value: '阴性(-)' },
      { slug: 'u-ket', itemName: '尿酮体(KET)', value: '阴性(-)' },
      { slug: 'u-bld', itemName: '尿隐血(BLD)', value: '阴性(-)' },
      { slug: 'u-nit', itemName: '亚硝酸盐(NIT)', value: '阴性(-)' },
      { slug: 'u-ubg', itemName: '尿胆原(UBG)', value: '3.2', unit: 'μmol/L' },
      { slug: 'u-leu', itemName: '白细胞酯酶(LEU)', value: '阴性(-)' },
    ],
  },
  {
    slug: 'ecg',
    patientKey: 'demo-p5',
    institution: 'township',
    mark: null,
    daysAgo: 3,
    at: '09:40',
    reportDays: 0,
    reportAt: '09:55',
    archivePrefix: 'XD',
    archiveSerial: '007',
    components: [{ slug: 'ecg', itemName: '常规心电图', value: '窦性心律；ST-T改变。' }],
  },
  // --- demo-p6 赵永强: before surgery (exceptions), private hospital ----------------------------
  {
    slug: 'coag',
    patientKey: 'demo-p6',
    institution: 'scPeoples',
    mark: '川渝HR',
    daysAgo: 1,
    at: '07:50',
    reportDays: 0,
    reportAt: '09:10',
    archivePrefix: 'NX',
    archiveSerial: '0264',
    components: [
      { slug: 'pt', itemName: '血浆凝血酶原时间(PT)', value: '11.8', unit: 's' },
      { slug: 'inr', itemName: '国际标准化比值(INR)', value: '1.02' },
      { slug: 'aptt', itemName: '活化部分凝血活酶时间(APTT)', value: '31.5', unit: 's' },
      { slug: 'fib', itemName: '纤维蛋白原(FIB)', value: '2.86', unit: 'g/L' },
      { slug: 'tt', itemName: '凝血酶时间(TT)', value: '16.9', unit: 's', mark: null },
    ],
  },
  {
    slug: 'blood-type',
    patientKey: 'demo-p6',
    institution: 'huaxi',
    mark: '川渝HR',
    daysAgo: 1095,
    at: '10:20',
    reportDays: 0,
    reportAt: '11:50',
    archivePrefix: 'SX',
    archiveSerial: '0419',
    components: [
      { slug: 'abo', itemName: 'ABO血型鉴定', value: 'A型' },
      { slug: 'rhd', itemName: 'Rh(D)血型鉴定', value: '阳性(+)' },
    ],
  },
  {
    slug: 'mr-lumbar',
    patientKey: 'demo-p6',
    institution: 'privateOrtho',
    mark: '川内HR',
    daysAgo: 40,
    at: '15:30',
    reportDays: 1,
    reportAt: '10:40',
    archivePrefix: 'MR',
    archiveSerial: '031',
    components: [
      {
        slug: 'mr-lumbar',
        itemName: '腰椎磁共振平扫成像',
        value: 'L4/5椎间盘向左后突出，左侧神经根受压；L5/S1椎间盘膨出。',
      },
    ],
  },
];

/**
 * The demo patients and their prior results, relative to `now` (Asia/Shanghai calendar), in the
 * extension's export format. Deterministic: the same `now` gives the same data.
 */
export function buildDemoData(now: Date): DemoData {
  const today = shanghaiDate(now);
  const results: DemoResult[] = [];
  for (const report of REPORTS) {
    const performedDay = addDays(today, -report.daysAgo);
    const reportedDay = addDays(performedDay, report.reportDays);
    const institution = DEMO_INSTITUTIONS[report.institution];
    for (const component of report.components) {
      const result: DemoResult = {
        id: `demo-${report.patientKey.replace(/^demo-/, '')}-${component.slug}`,
        patientKey: report.patientKey,
        itemName: component.itemName,
        performedAt: shanghaiIso(performedDay, report.at),
        reportedAt: shanghaiIso(reportedDay, report.reportAt),
        institution: copyInstitution(institution),
        mark: component.mark === undefined ? report.mark : component.mark,
        archiveNo: `${report.archivePrefix}${compact(performedDay)}${report.archiveSerial}`,
        source: 'demo',
      };
      if (component.result !== undefined) result.result = component.result;
      if (component.value !== undefined) result.value = component.value;
      if (component.unit !== undefined) result.unit = component.unit;
      results.push(result);
    }
  }
  return {
    format: 'hr-assistant-export',
    version: 1,
    exportedAt: toShanghaiIso(now),
    patients: DEMO_PATIENTS.map((patient) => ({
      ...patient,
      identifiers: patient.identifiers.map((identifier) => ({ ...identifier })),
    })),
    results,
  };
}

function copyInstitution(institution: DemoInstitution): DemoInstitution {
  const copy: DemoInstitution = {
    name: institution.name,
    level: institution.level,
    region: institution.region,
    ownership: institution.ownership,
  };
  if (institution.alliances) copy.alliances = [...institution.alliances];
  return copy;
}

// ---------------------------------------------------------------------------------------------------
// Training scenarios (shown in the HIS shell's 培训指引 box: seeds/training-his/index.html, generated
// by seeds/demo-data/write-training-guide.ts and checked by tests/unit/demo-data-consistency.test.ts)

export const trainingScenarios: readonly TrainingScenario[] = [
  {
    id: 'S01',
    title: '同一项目、有效期内、带川渝HR：应予互认',
    patientKey: 'demo-p1',
    orderName: '左膝关节MR平扫',
    expectedStatus: 'required',
    expectedTeachingPoint:
      '患者20天前在重庆医科大学附属第一医院（三级公立）做过左侧膝关节MR平扫，报告带“川渝HR”标识。川渝影像检查结果一般互认时间为90天，尚余约70天，应提示“应予互认”（川渝互认规则 二、五；附件2 注）。医生选择互认后，病历须记录互认项目、检查日期、机构名称和档案号（川渝互认规则 三；四川实施方案 四(三)）。',
  },
  {
    id: 'S02',
    title: '名称写法不同的同一项目',
    patientKey: 'demo-p1',
    orderName: '左侧膝关节磁共振平扫成像',
    expectedStatus: 'required',
    expectedTeachingPoint:
      '“左侧膝关节磁共振平扫成像”是四川清单的写法，与外院报告上的“左侧膝关节MR平扫”是同一项目（同一部位、同一侧、同为MR平扫），应与 S01 一样提示应予互认。本院开单名称与外院报告名称常常不同，助手按部位、侧别、检查方式和平扫/增强逐项比对。',
  },
  {
    id: 'S03',
    title: '左右侧不同：左膝结果不能用于右膝',
    patientKey: 'demo-p1',
    orderName: '右膝关节MR平扫',
    expectedStatus: 'no-prior',
    expectedTeachingPoint:
      '外院只有左侧膝关节MR平扫。侧别、检查方式（DR/CT/MR）、部位和平扫/增强必须全部一致，左膝的结果不能用于右膝，不应出现互认提示（产品决定：项目同一性精确匹配，宁可漏提示也不错提示）。',
  },
  {
    id: 'S04',
    title: '超过90天：不再互认',
    patientKey: 'demo-p1',
    orderName: '胸部CT平扫',
    expectedStatus: 'not-eligible',
    expectedTeachingPoint:
      '患者120天前在四川大学华西医院做过胸部CT平扫（川渝HR），已超过影像检查90天的互认时间，不属于应予互认，可正常开立。提示中仍显示该结果和“已过期”，供医生参考（川渝互认规则 附件2 注）。开“胸部计算机体层(CT)平扫”结果相同。',
  },
  {
    id: 'S05',
    title: '组合名称：逐部分判断',
    patientKey: 'demo-p1',
    orderName: '胸部CT平扫+三维重建',
    expectedTeachingPoint:
      '“胸部CT平扫+三维重建”包含两部分：胸部CT平扫的外院结果已超过90天（同 S04）；三维重建是图像后处理，不在互认清单内。助手应分别说明每一部分，不能把整条医嘱当作一个项目判断。',
  },
  {
    id: 'S06',
    title: '套餐逐项判断：血细胞分析3天内',
    patientKey: 'demo-p1',
    orderName: '血常规',
    expectedStatus: 'required',
    expectedTeachingPoint:
      '患者1天前在四川大学华西医院查过血细胞分析（川渝HR）。白细胞、红细胞、血红蛋白、红细胞压积（血细胞比容）、血小板、MCV、MCH、MCHC 均在川渝检验清单内，互认时间3天，应予互认；中性粒细胞百分比和RDW不在清单，显示为非互认项目。开“血细胞分析(五分类)”结果相同。不得以套餐形式再次收费（川渝互认规则 二）。',
  },
  {
    id: 'S07',
    title: '患者要求复查（川渝规则的例外情形）',
    patientKey: 'demo-p1',
    orderName: '左膝关节MR平扫',
    exception: 'patient-request',
    expectedStatus: 'exempt',
    expectedTeachingPoint:
      '同 S01，但患者要求再做一次。川渝互认规则 四.5 把“患者或其家属要求进一步复查”列为例外情形（四川实施方案 四(四) 没有这一条）。本例结果带川渝HR，选择该例外后可不互认；病历记录复查原因并注明经患者或家属同意。',
  },
  {
    id: 'S08',
    title: '无互认标识：由医生酌情',
    patientKey: 'demo-p2',
    orderName: '肝功能',
    expectedStatus: 'optional',
    expectedTeachingPoint:
      '患者10天前在XX县人民医院（二级公立）查过肝功能，仍在临床生物化学1个月的互认时间内，但报告没有互认标识。无标识的结果不属于应予互认，只能由医生结合病情酌情采用（四川实施方案 四(一) 鼓励互认）。',
  },
  {
    id: 'S09',
    title: '重庆二级医院、未标识的胸片',
    patientKey: 'demo-p2',
    orderName: '胸部正位(DR)',
    expectedStatus: 'optional',
    expectedTeachingPoint:
      '患者15天前在重庆市XX区人民医院（二级公立）拍过胸部正位片，但未标注“川渝HR”。机构在川渝范围内也不够：应予互认的前提是报告带互认标识（川渝互认规则 一），此处只能由医生酌情参考。',
  },
  {
    id: 'S10',
    title: '按结果定时间：阳性6个月、阴性1个月',
    patientKey: 'demo-p3',
    orderName: '乙肝两对半',
    expectedTeachingPoint:
      '患者90天前在四川省人民医院查过乙肝两对半（川渝HR）。乙肝表面抗体为阳性，互认时间6个月，仍可互认；表面抗原、e抗原、e抗体、核心抗体的互认时间为1个月，已过期。套餐应显示为“部分可互认”，医生只需重新开立过期的项目（川渝检验清单 第57–61项）。',
  },
  {
    id: 'S11',
    title: '阴性结果只认1个月',
    patientKey: 'demo-p3',
    orderName: '丙型肝炎抗体(HCV-Ab)',
    expectedStatus: 'not-eligible',
    expectedTeachingPoint:
      '患者60天前在重庆医科大学附属第一医院查过丙肝抗体（川渝HR），结果阴性。丙肝抗体阳性结果互认6个月、阴性结果1个月（川渝检验清单 第62项），本例已过期，不再互认。',
  },
  {
    id: 'S12',
    title: '结果不明时按较短的时间计算',
    patientKey: 'demo-p3',
    orderName: '梅毒螺旋体抗体(TP-Ab)',
    expectedStatus: 'required',
    expectedTeachingPoint:
      '患者20天前在XX县人民医院（二级公立）查过梅毒螺旋体特异性抗体（川渝HR），导入时没有录入阴性或阳性。阳性6个月、阴性1个月的项目在结果不明时按较短的1个月计算（产品决定），20天仍在有效期内，应予互认（川渝检验清单 第63项）。',
  },
  {
    id: 'S13',
    title: '川内HR：在四川开单时有效',
    patientKey: 'demo-p4',
    orderName: '头颅CT平扫',
    expectedStatus: 'required',
    expectedTeachingPoint:
      '患者30天前在绵阳市中心医院（三级公立）做过头部CT平扫，报告标注“川内HR”。本院在四川，川内HR在四川省内有效，应予互认（四川实施方案 四(一)）；同一报告拿到重庆的医院，川内HR不在互认范围，只能酌情参考。另注意“头颅CT平扫”与外院的“头部计算机体层(CT)平扫”是同一项目。',
  },
  {
    id: 'S14',
    title: '重庆医院的川渝HR结果在四川互认',
    patientKey: 'demo-p4',
    orderName: '上腹部CT增强',
    expectedStatus: 'required',
    expectedTeachingPoint:
      '患者50天前在重庆医科大学附属第二医院（三级公立）做过上腹部CT增强（川渝HR），在90天内，四川的医院应予互认（川渝互认规则 一、二）。',
  },
  {
    id: 'S15',
    title: '互认时间为推断值的项目',
    patientKey: 'demo-p4',
    orderName: '甲功三项',
    expectedTeachingPoint:
      '患者5天前在重庆市XX区人民医院（二级公立）查过FT3、FT4、TSH（川渝HR）。川渝检验清单第45–56项（含甲状腺功能）的互认时间因原表合并单元格而不明确，目录中是推断值并注明依据，部署可以修改；5天在各种读法下都未过期。提示中应能看到这一推断说明。',
  },
  {
    id: 'S16',
    title: '一级机构的结果：医联体内可酌情互认',
    patientKey: 'demo-p5',
    orderName: '肾功能',
    expectedTeachingPoint:
      '患者10天前在XX市城东街道社区卫生服务中心（一级公立）查过肾功能，报告标注“川内HR”。二级以下机构的结果不在二级及以上机构必须互认的范围内（川渝互认规则 五）；但该中心与本院同属XX市第一人民医院紧密型城市医疗集团，医联体成员在质控合格的前提下可以互认，按部署配置提示由医生酌情。',
  },
  {
    id: 'S17',
    title: '一级机构、无标识、不在同一医联体',
    patientKey: 'demo-p5',
    orderName: '尿常规',
    expectedTeachingPoint:
      '患者3天前在XX县青山镇卫生院（一级公立，属XX县县域医共体，与本院不在同一医联体）查过尿常规，报告无互认标识。不属于应予互认，医生可结合病情决定是否参考（川渝互认规则 五；四川实施方案 四(一)）。',
  },
  {
    id: 'S18',
    title: '不在互认清单的项目',
    patientKey: 'demo-p5',
    orderName: '心电图',
    expectedStatus: 'unmatched',
    expectedTeachingPoint:
      '心电图不在四川或川渝的互认项目清单内（影像清单只有DR/CT/MR，检验清单只有所列项目）。患者3天前在卫生院做过心电图，也不提示互认，照常开立。',
  },
  {
    id: 'S19',
    title: '术前凝血：重大医疗措施前可复查',
    patientKey: 'demo-p6',
    orderName: '凝血四项',
    expectedTeachingPoint:
      '患者1天前在四川省人民医院查过凝血功能（川渝HR）：PT、INR、APTT、FIB 在2天的互认时间内，凝血酶时间（TT）不在清单。患者拟行腰椎手术，属“手术、输血等重大医疗措施前”的例外情形（川渝互认规则 四.3；四川实施方案 四(四)3），医生可选择复查，须告知患者并记录原因。',
  },
  {
    id: 'S20',
    title: '血型10年有效，但输血前可复查',
    patientKey: 'demo-p6',
    orderName: '血型鉴定(ABO+Rh)',
    exception: 'major-procedure',
    expectedStatus: 'exempt',
    expectedTeachingPoint:
      '患者约3年前在四川大学华西医院做过ABO及Rh(D)血型鉴定（川渝HR），血型鉴定互认时间10年，本应提示应予互认。拟手术备血属重大医疗措施前，选择例外情形3后可不互认；病历记录复查原因，并注明经患者或家属同意（川渝互认规则 三、四.3）。',
  },
  {
    id: 'S21',
    title: '社会办医疗机构的结果',
    patientKey: 'demo-p6',
    orderName: '腰椎MR平扫',
    expectedTeachingPoint:
      '患者40天前在XX骨科医院（二级民营）做过腰椎MR平扫（川内HR）。规则要求二级及以上公立机构间互认，鼓励社会办机构参照执行（川渝互认规则 五），是否提示应予互认取决于部署配置，提示中应说明这一点。',
  },
];
