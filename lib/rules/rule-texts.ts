// Every zh-CN sentence the engine shows to a doctor, in one place. Functions take plain values so
// the wording can be reviewed (and translated) without reading the rules.
import type { Duration } from '../catalog/catalog-schema.ts';
import type { ExceptionCode, VerdictStatus } from './evaluate-schema.ts';

export type Region = 'sichuan' | 'chongqing' | 'other';

export const REGION_LABEL: Record<Region, string> = { sichuan: '四川', chongqing: '重庆', other: '川渝以外地区' };

export const STATUS_LABEL: Record<VerdictStatus, string> = {
  required: '应互认',
  optional: '可酌情互认',
  'not-eligible': '不符合互认条件',
  'no-prior': '无可用外院结果',
  exempt: '属例外情形，可复查',
  unmatched: '未识别为互认项目',
};

/** Full wording of each exception, as printed in 川渝互认规则 四 / 四川实施方案 四(四). */
export const EXCEPTION_TEXT: Record<ExceptionCode, string> = {
  'condition-changed': '因病情变化，检查检验结果与患者临床表现、疾病诊断不符，难以满足临床诊疗需求',
  'rapid-change': '检查检验结果在疾病发展演变过程中变化较快',
  'major-procedure': '检查检验项目对于疾病诊疗意义重大（如手术、输血等重大医疗措施前）',
  emergency: '患者处于急诊、急救等紧急状态',
  'patient-request': '患者或其家属要求进一步复查',
  forensic: '涉及司法、伤残及病退等鉴定',
  other: '其他情形确需复查',
};

/** Short labels for buttons and summaries. */
export const EXCEPTION_LABEL: Record<ExceptionCode, string> = {
  'condition-changed': '病情变化/结果与临床不符',
  'rapid-change': '结果变化较快',
  'major-procedure': '重大医疗措施前',
  emergency: '急诊急救',
  'patient-request': '患者或家属要求复查',
  forensic: '司法、伤残及病退鉴定',
  other: '其他情形确需复查',
};

export const RULE_SET_LABEL = { chuanyu: '川渝互认规则', sichuan: '四川实施方案' } as const;

export function durationText(d: Duration): string {
  const unit = d.unit === 'day' ? '天' : d.unit === 'month' ? '个月' : '年';
  return `${d.amount} ${unit}`;
}

export const TEXT = {
  eligible: (mark: string, institution: string, date: string, validUntil: string, daysLeft: number) =>
    `${institution} ${date} 的结果标有“${mark}”，在互认时间内（最后有效日 ${validUntil}，${daysLeft === 0 ? '即今天' : `剩 ${daysLeft} 天`}）；符合互认条件、满足诊疗需要时不得重复检查检验，也不得以套餐打包再次收费。`,
  noPrior: () => '未见该项目可用的外院结果，按常规开具。',
  orderUnmatched: (name: string, why: string) =>
    `“${name}”未能确定对应互认清单中的项目（${why}），按常规开具；宁可不匹配，也不误判为“应互认”。`,
  orderPartUnmatched: (part: string) => `医嘱中的“${part}”未能确定对应互认项目，按常规开具。`,
  conceptNotListed: (concept: string) => `匹配到的项目 ${concept} 不在已载入的互认清单中。`,
  panelUnlisted: (panel: string, names: readonly string[]) =>
    `套餐“${panel}”中的 ${names.join('、')} 不在互认清单内，不能互认。`,
  matchProbable: (order: string, item: string, note: string | undefined) =>
    `医嘱“${order}”与清单项目“${item}”仅为近似匹配${note ? `（${note}）` : ''}，只供医生酌情参考，不作“应互认”判断。`,
  priorMatchProbable: (priorName: string, item: string, note: string | undefined) =>
    `外院结果名称“${priorName}”与清单项目“${item}”仅为近似匹配${note ? `（${note}）` : ''}，只供医生酌情参考。`,
  priorPanelName: (priorName: string) =>
    `外院结果名称“${priorName}”为套餐名，无法核实其中单项是否标注互认（*），只供医生酌情参考。`,
  noMark: () => '该结果未标注互认标识；鼓励医生结合临床实际酌情互认，但不属于必须互认。',
  noMarkNotEligible: () => '该结果未标注互认标识，按本院设置不予互认。',
  markOutOfScope: (mark: string, region: string) =>
    `“${mark}”标识在${region}医疗机构不属于必须互认的范围，只供医生酌情参考。`,
  markIssuerMismatch: (mark: string, institution: string, region: string) =>
    `出具机构 ${institution} 位于${region}，与“${mark}”标识的适用地区不符，请核实报告，只供酌情参考。`,
  itemNotInMarkCatalog: (mark: string, item: string) =>
    `“${item}”不在“${mark}”标识对应的互认项目清单内，只供医生酌情参考。`,
  nationalCatalogMissing: (item: string) =>
    `结果标有全国互认标识“HR”，但本系统未载入全国互认项目清单，无法核实“${item}”是否在其中，只供医生酌情参考。`,
  nationalViaRegional: () => '按本院设置，全国互认标识“HR”按已载入的川渝/四川互认清单核对项目。',
  catalogNotYetEffective: (title: string, date: string) => `清单“${title}”自 ${date} 起施行，当前尚未生效。`,
  identityUnconfirmed: () =>
    '该结果仅按姓名、性别、年龄与当前患者对应，尚未以身份证号、医保卡号或 HIS 患者号/就诊号核实；请先核实患者身份，只供酌情参考。',
  identityUnconfirmedNotEligible: () =>
    '该结果未以身份证号、医保卡号或 HIS 患者号/就诊号与当前患者核实，按本院设置不予互认；请先核实患者身份。',
  ordererPrivate: () => '本机构为社会办医疗机构，鼓励参照公立医疗机构互认要求执行，只作酌情互认。',
  priorPrivate: (institution: string) =>
    `出具机构 ${institution} 为社会办医疗机构，鼓励参照互认，不属于必须互认。`,
  institutionLevel: (institution: string, level: string) =>
    `出具机构 ${institution} 为${level}；二级及以上公立医疗机构间结果互认，二级以下机构的结果不属于必须互认，只供酌情参考。`,
  allianceOptional: (institution: string, alliance: string) =>
    `出具机构 ${institution} 与本机构同属医联体“${alliance}”，支持在质控合格前提下互认，作医生酌情互认。`,
  allianceRequired: (institution: string, alliance: string) =>
    `出具机构 ${institution} 与本机构同属医联体“${alliance}”，按本院设置视同应互认（质控合格前提下）。`,
  qcRevoked: (institution: string, item: string) =>
    `${institution} 的“${item}”因未参加或未通过室间质评已被取消互认资格（合格后重新纳入），该结果不能互认。`,
  windowExpired: (window: string, validUntil: string) =>
    `已超过互认时间（${window}，最后有效日 ${validUntil}），不能互认。`,
  priorInFuture: (performedAt: string) => `结果时间 ${performedAt} 晚于当前时间，数据有误，不能互认。`,
  windowUnknown: (item: string) => `清单未给出“${item}”的互认时间，无法判断是否在有效期内。`,
  windowOverridden: (note: string, replaced: string) => `本院已调整该项互认时间（原为 ${replaced}）：${note}`,
  windowInferred: (note: string) => `互认时间为推断值：${note}`,
  windowResultUnknown: (positive: string, negative: string, used: string) =>
    `互认时间按结果而定（阳性 ${positive}／阴性 ${negative}），结果未知，按较短的 ${used} 计算。`,
  windowByResult: (result: 'positive' | 'negative', used: string) =>
    `结果为${result === 'positive' ? '阳性' : '阴性'}，互认时间 ${used}。`,
  windowMinusOne: () => '按本院设置，最后有效日较“检查日期＋互认时间”提前一天。',
  enhancedForPlain: (prior: string) =>
    `外院为增强检查“${prior}”（含平扫期），可由医生酌情用于本平扫医嘱，但不属于必须互认。`,
  lateralityDiffers: (prior: string) => `另有外院“${prior}”结果，但侧别（左/右/双侧）不同，不能用于本医嘱。`,
  contrastDiffers: (prior: string) => `另有外院“${prior}”结果，但平扫/增强不同，不能替代本医嘱。`,
  projectionDiffers: (prior: string) => `另有外院“${prior}”结果，但摄影体位不同，不能替代本医嘱。`,
  exceptionApplied: (text: string, detail: string | undefined) =>
    `已选择例外情形：${text}${detail ? `（${detail}）` : ''}。可不受互认限制；重新检查须充分告知患者或家属并经其同意。`,
  exceptionNotListed: (text: string) =>
    `“${text}”不在四川实施方案 四(四)所列情形之内（本结果按“川内HR”四川规则互认），不能据此免除互认；如确需复查，请按“其他情形确需复查”写明原因。`,
  exceptionReasonMissing: () => '已选择“其他情形确需复查”但未填写原因；病历中须写明重新检查的原因。',
};

/** A few words per limiting reason code, for card summaries. */
export const SHORT_REASON: Readonly<Record<string, string>> = {
  'no-mark': '无互认标识',
  'mark-out-of-scope': '标识不适用于本地区',
  'mark-issuer-mismatch': '标识与出具机构地区不符',
  'item-not-in-mark-catalog': '项目不在该标识的清单内',
  'national-catalog-missing': '未载入全国互认清单',
  'catalog-not-yet-effective': '清单尚未施行',
  'identity-unconfirmed': '患者身份待核实',
  'match-probable': '医嘱名称为近似匹配',
  'prior-match-probable': '结果名称为近似匹配',
  'prior-panel-name': '结果以套餐名记录',
  'enhanced-for-plain': '外院为含平扫的增强检查',
  'institution-level': '出具机构低于二级',
  'alliance-member': '医联体成员单位',
  'prior-private': '出具机构为社会办',
  'orderer-private': '本院为社会办机构',
  'qc-revoked': '室间质评不合格已取消互认',
  'window-expired': '已过互认时间',
  'prior-in-future': '结果时间晚于当前',
  'window-unknown': '互认时间未知',
};

export const CARD_TEXT = {
  acceptLabel: '采纳外院结果（互认），记入病历',
  retestLabel: '不予互认，重新检查（选择原因，须患者或家属同意）',
  declinesLabel: '不予互认，患者或家属不同意复查（签字）',
  summaryRequired: (order: string, source: string, daysLeft: number | undefined) =>
    `${order}：已有${source}的结果在互认期内${daysLeft === undefined ? '' : daysLeft === 0 ? '（今天为最后有效日）' : `（剩 ${daysLeft} 天）`}，应予互认，请勿重复开具`,
  summaryRequiredPartial: (order: string, covered: number, total: number) =>
    `${order}：${total} 项中 ${covered} 项已有应互认的外院结果，请勿重复开具这些项目`,
  summaryExempt: (order: string, exception: string) =>
    `${order}：已有可互认结果，但已选例外情形（${exception}），可重新检查，须患者或家属同意`,
  summaryOptional: (order: string, why: string) => `${order}：有外院结果可供酌情互认（${why}）`,
  summaryNotEligible: (order: string, why: string) => `${order}：外院结果不符合互认条件（${why}），按常规开具`,
  summaryNoPrior: (order: string) => `${order}：属互认项目，未见可用外院结果，按常规开具`,
  summaryUnmatched: (order: string) => `${order}：未识别为互认项目，按常规开具`,
  sourceLabel: { chuanyu: '川渝两地检查检验结果互认规则', sichuan: '四川省检查检验结果互认工作实施方案', product: '本产品决定（见 decisions.md）' },
};
