// zh-CN text of the extension's own UI (row markers, panel, options page), kept in one place.
// The rules' reasons and the record drafts keep their text beside the rules (lib/rules, lib/records).
import type { VerdictStatus } from './rules/evaluate-schema.ts';

export const STATUS_LABELS: Record<VerdictStatus, string> = {
  required: '应予互认',
  optional: '可酌情互认',
  'not-eligible': '外院结果不符合互认条件',
  'no-prior': '无可用外院结果',
  exempt: '已声明例外，可复查',
  unmatched: '不在互认项目清单',
};

export const ROW_MARKER_LABELS: Partial<Record<VerdictStatus, string>> = {
  required: '互认·勿重复',
  optional: '可酌情互认',
  exempt: '例外·可复查',
  'not-eligible': '外院结果不可互认',
  'no-prior': '无外院结果·可补录',
};

/** A row of a patient with no identifier the store knows, while a name + sex + age match waits for the doctor. */
export const IDENTITY_ROW_LABEL = '待核对患者身份';

export const DECIDED_ROW_LABELS: Record<'accept' | 'retest' | 'patient-declines', string> = {
  accept: '已互认',
  retest: '已选复查',
  'patient-declines': '患者拒绝复查',
};

export const TEXT = {
  panelTitle: '检查检验结果互认提示',
  panelLoading: '正在读取互认结果…',
  panelNoState: '没有找到本界面的互认结果，请在开单界面重新添加项目。',
  sidePanelNoScreen: '当前标签页没有需要互认提示的开单界面。切换到 HIS 开单界面后，这里显示该界面最近一次的互认提示。',
  patientNoIdentifier: '无法识别患者：界面上没有读到门诊号/住院号/身份证号，外院结果不会按姓名套用。',
  /** No identifier, but a name + sex + age match is offered below. */
  patientNoIdentifierOffer: '界面上没有读到门诊号/住院号/身份证号：外院结果须经医生核对患者身份后才能使用。',
  patientNotFound: '本机没有该患者的外院结果记录。',
  /** Not found by the identifier on screen, but name, sex and age fit someone stored (offered below). */
  patientIdUnknown: '按界面上的患者标识，本机没有找到外院结果记录。',
  genericScreen: '本界面尚未配置，系按自动识别读取，仅供参考；请信息科为本界面编写界面配置。',
  genericConfidence: (confidence: number) => `（自动识别把握 ${Math.round(confidence * 100)}%）`,
  patientByIdentifier: (kind: string) => `患者已按${IDENTIFIER_LABELS[kind] ?? kind}核对`,
  patientConfirmed: '患者身份已由医生按姓名、性别、年龄及出生日期核对确认（仅对本次界面上的该患者有效，换人或清空医嘱后须重新核对）',
  identityTitle: '请核对患者身份',
  identityIntro: (count: number) =>
    count === 1
      ? '界面上没有本机认得的门诊号/住院号/身份证号，但本机有 1 位姓名、性别、年龄相符的患者有外院结果。请对照患者的身份证或就诊卡核对：'
      : `界面上没有本机认得的门诊号/住院号/身份证号，但本机有 ${count} 位姓名、性别、年龄相符的患者有外院结果。请对照患者的身份证或就诊卡，选择其中相符的一位：`,
  identityPreview: '下面的提示按该患者的外院结果列出；核实身份之前只作酌情参考，不能记录互认选择。',
  identityTooMany: '本机有多位与界面上姓名相同的患者，不能按姓名核对；请在 HIS 界面显示门诊号、住院号或身份证号后再判断。',
  identityBorn: (birthDate: string) => `${birthDate} 出生`,
  identityResults: (count: number) => `外院结果 ${count} 项`,
  identitySame: '核对无误，是此患者',
  identityNotSame: '不是此患者',
  identityTakeBack: '撤销身份核对（不是此患者）',
  identityFailed: '未能保存核对结果，请重试。',
  priorResult: '外院结果',
  institution: '机构',
  performedAt: '检查/采样时间',
  mark: '互认标识',
  noMark: '无互认标识',
  daysLeft: (days: number) => (days === 0 ? '今天是互认期最后一天' : `互认期剩余 ${days} 天`),
  validUntil: '互认有效至',
  clause: '依据',
  archiveNo: '档案号/报告号',
  value: '结果',
  panelCoverage: { full: '套餐各项均可互认', partial: '套餐部分项目可互认', none: '套餐项目均不可互认' },
  componentsWithoutPrior: (names: string[]) => `本机无外院结果：${names.join('、')}`,
  importTitle: '导入外院检查检验结果',
  importButton: '选择文件导入',
  importFormats: '支持：本助手导出的文件、CSV（UTF-8 或 GBK）、FHIR R4（Bundle 或 NDJSON）、HL7 v2 ORU^R01。',
  importProgress: '导入进度',
  importLocalNumbers: '文件中的门诊号/就诊号是本院 HIS 的号码（外院号码请勿勾选：只按身份证号、医保卡号关联患者）',
  importValidating: '正在校验每条记录…',
  importMoreErrors: (count: number) => `另有 ${count} 处错误未列出。`,
  importDone: (patients: number, results: number) => `导入完成：患者 ${patients} 人，结果 ${results} 条。`,
  importFailed: (count: number) => `文件有 ${count} 处错误，未导入任何记录：`,
  storeStats: (patients: number, results: number) => `本机已存：患者 ${patients} 人，结果 ${results} 条。`,
} as const;

export const DECISION_TEXT = {
  accept: '互认（采用外院结果）',
  retest: '不互认，需复查',
  declines: '患者/家属拒绝复查',
  exception: '例外情形',
  exceptionNone: '（请选择）',
  reason: '复查原因（选“其他情形”时必填）',
  informedParty: '告知对象',
  patient: '患者本人',
  family: '家属',
  familyName: '家属姓名',
  familyRelation: '与患者关系',
  retestConsent: '已向患者或家属充分告知，其同意复查',
  declinesConsent: '已向患者或家属充分告知，其不同意复查并将签字',
  confirm: '确认并记录',
  cancel: '取消',
  saving: '正在记录…',
  decided: {
    accept: '已记录：互认',
    retest: '已记录：不互认，复查（经患者或家属同意）',
    'patient-declines': '已记录：患者/家属拒绝复查',
  },
  recordText: '病历记录文本',
  missing: (fields: string[]) => `记录缺少：${fields.join('、')}，请补全后再写入病历。`,
  insertNote: '写入申请备注',
  inserted: '已写入申请备注',
  copy: '复制',
  copied: '已复制',
  printConsent: '打印知情同意书',
  change: '更改选择',
  mustDecide: '请对每个“应予互认”的项目选择：互认 / 不互认（复查）/ 患者拒绝复查。',
  blocked: '本院设置为：未作选择前暂停提交申请。',
  needReason: '请选择例外情形或填写复查原因。',
  needConsent: '请确认已告知患者或家属。',
  /** The background's reply carried no reason of its own. */
  recordFailed: '记录失败',
  insertFailed: '写入失败',
  /** The accessible name of one item's choice group. */
  group: (itemName: string) => `${itemName} 的互认选择`,
} as const;

export const IDENTIFIER_LABELS: Record<string, string> = {
  hisPatientId: '门诊号/病历号',
  hisVisitId: '就诊号',
  idCard: '身份证号',
  insuranceCard: '医保卡号',
};

export const SETTINGS_TEXT = {
  title: '本院设置',
  trainingDefault: '尚未保存本院设置：目前按培训环境（四川三级公立医院）判断。',
  invalidSaved: '已保存的设置无效（见下方），暂按培训环境判断，请改正后保存。',
  institutionName: '本院名称',
  level: '医院等级',
  region: '所在地区',
  regions: { sichuan: '四川', chongqing: '重庆', other: '其他地区' },
  ownership: '性质',
  public: '公立',
  private: '社会办',
  alliances: '所属医联体（多个用分号分隔）',
  alertMode: '提示方式',
  modes: {
    advice: '仅提示（医生可忽略）',
    'forced-choice': '逐项选择（默认：应互认项目须选择互认/不互认）',
    block: '未选择前暂停提交申请',
  },
  save: '保存设置',
  saved: '设置已保存，新开的开单界面即按此判断。',
} as const;

export const MAINTENANCE_TEXT = {
  title: '数据维护',
  exportAll: '导出全部结果（可在另一台电脑导入恢复）',
  purgeNow: '立即清理过期结果',
  purged: (results: number, patients: number) => `已清理过期结果 ${results} 条、无结果患者 ${patients} 人。`,
  eraseBy: '按标识删除一位患者的全部数据：',
  identifierKinds: { hisPatientId: '门诊号/病历号', hisVisitId: '就诊号', idCard: '身份证号', insuranceCard: '医保卡号' },
  identifierValue: '标识号码',
  erase: '删除',
  erased: (results: number, decisions: number) => `已删除该患者：结果 ${results} 条，互认选择记录 ${decisions} 条。`,
  notFound: '本机没有该标识的患者。',
  /** The export's file name, dated (YYYY-MM-DD) so several exports can sit side by side. */
  exportFileName: (date: string) => `互认助手导出-${date}.json`,
} as const;

export const MANUAL_TEXT = {
  open: '补录患者带来的外院结果',
  title: '补录外院结果（纸质报告）',
  item: '项目',
  itemPlaceholder: '输入名称或拼音首字母，如 XHDB',
  date: '检查/采样日期',
  institution: '检查机构',
  mark: '互认标识',
  noMark: '无标识',
  qualitative: '定性结果',
  unknown: '未注明',
  value: '结果',
  unit: '单位',
  archiveNo: '档案号/报告号',
  save: '保存',
  close: '关闭',
  needItem: '请填写项目。',
  needInstitution: '请填写检查机构。',
  saved: (name: string) => `已补录：${name}。开单界面已按新结果重新判断。`,
  failed: '保存失败',
} as const;

export const DEPLOYMENT_TEXT = {
  title: 'HIS 界面配置（部署包）',
  intro: '由信息科统一下发的部署包：本院设置、允许读取的 HIS 地址、各开单界面的配置。导入后会请求这些地址的访问授权。',
  load: '选择部署包文件',
  summary: (origins: number, adapters: number, hospital: string) => `${hospital}：HIS 地址 ${origins} 个，界面配置 ${adapters} 个。`,
  apply: '授权并启用',
  exportCurrent: '导出当前部署包',
  applied: '部署包已启用：新打开的 HIS 界面即按此配置读取。',
  denied: '未获得 HIS 地址的访问授权，部署包未启用。',
  file: '文件',
  managedTitle: '策略下发的部署包',
  managedApplied: (at: string) => `本机的部署包由浏览器策略下发，已于 ${at} 启用；策略变化时自动重新启用。`,
  managedRefused: '本机的部署包由浏览器策略下发，尚未启用：',
  managedGrant: '授权 HIS 地址并启用策略部署包',
  managedPending: '浏览器策略中有部署包，尚未启用（扩展下次启动或策略变化时自动启用，也可点击下方按钮）。',
  managedSuperseded: '浏览器策略中有部署包，但本机现用手动导入的部署包；策略变化时才会改用策略中的部署包，也可点击下方按钮立即改用。',
  exportFileName: '互认助手部署包.json',
} as const;

export const FIGURES_TEXT = {
  title: '月度统计（互认项次与节约费用）',
  intro: '按本机的互认选择记录统计，每个项目每次就诊只计最后一次选择；节约费用只计整单互认且开单界面显示了价格的项目。',
  empty: '本机还没有互认选择记录。',
  columns: ['月份', '提示项次', '互认项次', '其中应互认', '复查项次', '患者拒绝复查', '节约费用(元)', '其中经医生核对身份'],
  /** Why the last column matters to IT staff. */
  identityNote: '“其中经医生核对身份”：界面上没有本机认得的患者标识、由医生按姓名、性别、年龄核对后作出的选择；数量多说明该界面的配置没有读到门诊号或身份证号，请信息科检查界面配置。',
  csv: '导出 CSV（用于月度报送）',
  csvFileName: '互认月度统计.csv',
} as const;

export const OPTIONS_TEXT = {
  title: '检查检验结果互认助手',
} as const;

/** The printable consent form's page (entrypoints/consent); the form itself is built in lib/background. */
export const CONSENT_TEXT = {
  loading: '正在生成知情同意书…',
  failed: '无法生成知情同意书',
  print: '打印',
  frameTitle: '知情同意书',
  missing: (fields: string[]) => `缺少：${fields.join('、')}（打印后请手写补全）`,
} as const;

/** The background's replies when what a page asked about is gone or has changed. */
export const BACKGROUND_TEXT = {
  stateExpired: '开单界面的互认状态已失效。',
  stateExpiredReAdd: '开单界面的互认状态已失效，请在开单界面重新添加项目。',
  screenGone: '开单界面已关闭或已刷新。',
  /** What the doctor acted on was shown for one patient; the screen may have moved on to another since. */
  patientChanged: '开单界面已换为另一位患者，本次选择未保存，请在当前患者的提示中重新选择。',
  patientChangedNote: '开单界面已换为另一位患者，记录文本未写入，请在当前患者的提示中重新操作。',
  /** Asked to apply the policy's bundle, the background found none there. */
  noManagedBundle: '策略中没有部署包。',
  /** An identity answer about a patient the screen no longer offers (it shows someone else now). */
  identityNotOffered: '开单界面上的患者已变化，本次核对未保存，请按当前界面重新核对。',
  /** A choice, a manual result or a consent form for an order or patient the screen no longer shows, or cannot tell. */
  decisionNoPatient: '未识别患者身份，不能记录互认决定。',
  itemGoneRefresh: '该项目已不在开单界面上，请刷新后重试。',
  itemGone: '该项目已不在开单界面上。',
  nothingToDecide: '该项目没有可互认的外院结果，无需选择。',
  /** A re-test choice the policy does not allow without what it asks for. */
  retestNeedsReason: '不予互认时须选择例外情形或填写复查原因。',
  otherNeedsReason: '选择“其他情形确需复查”时须填写具体原因。',
  retestNeedsInformed: '不予互认时须记录已告知患者或家属。',
  manualNoPatient: '未识别患者身份（界面上没有门诊号等标识），不能补录结果。',
  manualFutureDate: '检查/采样日期不能晚于今天。',
} as const;

/**
 * Text the content script puts into the HIS page itself (the panel's title bar, the capture
 * indicator, the held submit control) or replies with. The content script imports this and
 * DETECTOR_TEXT only, so neither may refer to the objects above (it has a size budget).
 */
export const PAGE_TEXT = {
  noteFrameMissing: '没有找到申请备注栏所在的框架，请复制后手动粘贴。',
  noteFieldMissing: '没有找到申请备注栏，请复制后手动粘贴。',
  noteFieldReadOnly: '申请备注栏不可编辑，请复制后手动粘贴。',
  noteFieldNotConfigured: '本界面没有配置申请备注栏，请复制后手动粘贴。',
  /** The `data-hrb-held` value on the HIS's submit control while block mode holds it. */
  submitHeld: '互认未选择',
  captureFailed: (error: string) => `互认助手：未能采集（${error}）`,
  captureRefused: (reason: string) => `互认助手：${reason}`,
  captured: (captured: number, skipped: number) =>
    `互认助手：已采集外院结果 ${captured} 条${skipped ? `，${skipped} 条未采集（悬停查看原因）` : ''}`,
  panelTitle: '检查检验结果互认提示',
  collapse: '收起',
  expand: '展开',
  mustDecideFirst: '请先对每个应互认项目作出选择',
  /** The compact bar on long grids: how many items still wait for a choice. */
  undecided: (count: number) => `${count} 项待选择`,
};

/**
 * The generic detector's evidence and the provisional adapter's name (lib/content/generic-*.ts),
 * shown to IT staff reviewing a proposal and, for the name, to the doctor. Content-script text:
 * the same rule as PAGE_TEXT (nothing from the objects above).
 */
export const DETECTOR_TEXT = {
  adapterName: (confidence: number) => `自动识别的开单界面（把握 ${Math.round(confidence * 100)}%）`,
  header: (text: string) => `表头“${text}”`,
  orderColumns: (columns: string[]) => `开单表格常见列：${columns.join('、')}`,
  catalogLike: (catalogLike: number, rows: number) => `${catalogLike}/${rows} 行的名称像检查检验项目`,
  noRows: '表格暂无行（行可能稍后由脚本加入）',
  resultColumns: (columns: string[]) => `有结果列（${columns.join('、')}）：这是结果列表，不是开单表格`,
  drugs: (columns: string[], drugNames: number) => `药品列或药品名称（${[...columns, `${drugNames} 行药品名`].join('、')}）：这是处方，不是检查检验`,
  pickerColumns: (columns: string[]) => `有检索码列（${columns.join('、')}）：这是项目选择列表，不是开单表格`,
  /** One identifier found: its kind, how it was found (the `how` texts below) and in which frame. */
  patientFound: (kind: string, how: string, frame: string) => `${kind}：${how}（${frame}）`,
  noPatient: '没有找到病人标识（门诊号、住院号、身份证号…）：不认定病人',
  afterLabel: (label: string) => `标签“${label}”后的字段`,
  input: (selector: string) => `输入框 ${selector}`,
  inlineText: (label: string) => `文字“${label}：…”`,
};
