// Every zh-CN phrase of the record drafts and the consent form, in one place.

export const FIELD = {
  item: '项目',
  performedDate: '检查/采集日期',
  institution: '机构名称',
  archiveNo: '档案号',
  mark: '互认标识',
  validUntil: '互认有效期',
  recordedAt: '记录日期',
  retestReason: '重新检查原因',
  otherReason: '“其他情形确需复查”的具体原因',
  notListedReason: '复查原因（“患者或其家属要求进一步复查”不属于四川实施方案 四(四)所列情形，请按“其他情形确需复查”写明原因）',
  informedParty: '知情同意人（患者或家属）',
  familyRelation: '家属与患者关系',
  hospitalName: '医院名称',
  patientName: '患者姓名',
} as const;

export const RECORD_TEXT = {
  missingMarker: (label: string) => `【缺：${label}】`,
  notListed: '（不属于四川实施方案 四(四)所列情形）',
  noMark: '无（未标注互认标识，医生酌情互认，四川实施方案 四(一)）',
  patient: '患者',
  family: (relation: string) => `患者家属（${relation}）`,
  named: (who: string, name: string | undefined) => (name ? `${who}${name}` : who),
  doctorLine: (doctor: string | undefined) => `医师签名：${doctor ?? '____________'}`,
  recordedLine: (date: string) => `记录日期：${date}`,
  basis: (clause: string) => `（依据：${clause}）`,
  priorRef: (item: string, institution: string, date: string, archiveNo: string | undefined, mark: string) =>
    `${institution} ${date} ${item}结果${archiveNo ? `（档案号/报告号：${archiveNo}）` : ''}，互认标识：${mark}`,
  reason: (exceptionText: string | undefined, clause: string | undefined, detail: string | undefined) =>
    [exceptionText ? `${exceptionText}${clause ? `（${clause}）` : ''}` : undefined, detail].filter(Boolean).join('；'),

  acceptTitle: '【检查检验结果互认记录】',
  acceptLead: '经审阅患者提供的外院检查检验结果，符合诊疗需要，予以互认，本次不重复检查检验。',
  acceptItem: (item: string, order: string) => `互认项目：${item}（医嘱：${order}）`,
  acceptDate: (date: string) => `检查/采集日期：${date}`,
  acceptInstitution: (institution: string) => `机构名称：${institution}`,
  acceptArchive: (archiveNo: string) => `档案号/报告号：${archiveNo}`,
  acceptMark: (mark: string) => `互认标识：${mark}`,
  acceptValidity: (validUntil: string) => `互认有效期至：${validUntil}`,
  acceptResult: (value: string) => `结果：${value}`,
  acceptKept: '互认资料已留存病案。',
  identityConfirmed: '患者身份：开单界面未显示可核对的患者标识，经医生核对姓名、性别、年龄及出生日期确认为同一人。',

  retestTitle: '【重新检查检验记录】',
  retestPrior: (ref: string) => `患者已有外院结果：${ref}。`,
  retestDecision: (item: string, reason: string) => `经评估，该结果本次不予互认，需重新检查检验${item}，原因：${reason}。`,
  retestInformed: (who: string) => `已向${who}充分告知不予互认的原因及重新检查检验的必要性，经患者或家属同意后重新检查检验。`,

  declinesTitle: '【患者或家属不同意重新检查检验记录】',
  declinesDecision: (item: string, reason: string) => `经评估，该结果本次不予互认，建议重新检查检验${item}，原因：${reason}。`,
  declinesInformed: (who: string) => `已向${who}充分告知上述情况，患者或家属不同意重新检查检验，签字为证。`,
  declinesSignature: '患者/家属签字：____________　与患者关系：________',
  declinesSignDate: '签字日期：______年____月____日',

  consentTitle: '检查检验结果互认知情同意书',
  consentPatient: (name: string, sex: string, age: string, recordNo: string) =>
    `患者姓名：${name}　性别：${sex}　年龄：${age}　病历号：${recordNo}`,
  consentPrior: (ref: string) => `患者已有外院检查检验结果：${ref}。`,
  consentDecision: (item: string, reason: string) =>
    `经诊治医师根据病情评估，上述结果本次不予互认，建议重新检查检验${item}。原因：${reason}。`,
  consentPolicy: (clause: string) =>
    `根据${clause}：对不予认可的检查检验结果，医师应向患者或家属充分告知；需重新检查检验的，须经患者或家属同意后方可实施，并在病历中标注“经患者或家属同意”；患者或家属不同意重新检查检验的，由患者或家属签字并记入病历。`,
  consentChoices: ['□ 我已知晓上述情况，同意重新检查检验。', '□ 我已知晓上述情况，不同意重新检查检验。'],
  consentPatientSign: '患者/家属签字：____________　与患者关系：________　日期：______年____月____日',
  consentDoctorSign: (doctor: string | undefined) => `医师签字：${doctor ?? '____________'}　日期：______年____月____日`,
  unknown: '未填写',
};
