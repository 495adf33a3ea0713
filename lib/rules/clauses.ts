// Clause citations, in one place. A clause names the document and its article, as printed:
// 川渝互认规则 = 川渝两地二级及以上公立医疗机构检查检验结果互认规则 (附件1 of the 川渝 notice);
// 川渝互认标准 = 川渝检查检验结果互认标准; 川渝影像互认清单 / 川渝检验互认清单 = its 附件2 / 附件3;
// 四川实施方案 = 四川省医疗机构检查检验结果互认工作实施方案. Product decisions cite `产品决定 Dn`,
// each defined in docs/decisions.md.

export const CLAUSE = {
  chuanyuMarkDuty: '川渝互认规则 一',
  chuanyuNoRepeat: '川渝互认规则 二',
  chuanyuDoctorDecides: '川渝互认规则 三',
  chuanyuExceptions: '川渝互认规则 四',
  chuanyuInstitutions: '川渝互认规则 五',
  chuanyuImagingWindow: '川渝影像互认清单 注',
  qcRevocation: '川渝互认标准 二.4',
  sichuanMarkDuty: '四川实施方案 四(一)',
  sichuanNoRepeat: '四川实施方案 四(二)',
  sichuanDoctorDecides: '四川实施方案 四(三)',
  sichuanExceptions: '四川实施方案 四(四)',
  sichuanAllianceDuty: '四川实施方案 六(二)',
} as const;

export type DecisionId =
  | 'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6' | 'D7' | 'D8' | 'D9' | 'D10' | 'D11'
  | 'D12' | 'D13' | 'D14' | 'D15' | 'D16' | 'D17' | 'D18' | 'D19' | 'D20' | 'D21' | 'D22';

export function decisionClause(id: DecisionId): string {
  return `产品决定 ${id}`;
}

/** Joins a policy clause and the product decision that applies it, e.g. `川渝互认规则 五；产品决定 D7`. */
export function withDecision(clause: string, id: DecisionId): string {
  return `${clause}；${decisionClause(id)}`;
}
