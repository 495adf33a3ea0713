// The 培训指引 box of the training HIS shell (seeds/training-his/index.html), rendered from
// `trainingScenarios` so the page and the data cannot drift apart: the block between the
// `training-guide:begin` / `training-guide:end` markers is written by write-training-guide.ts and
// compared with this function's output by tests/unit/demo-data-consistency.test.ts.
import { DEMO_PATIENTS, trainingScenarios, type ExpectedStatus, type ScenarioException, type TrainingScenario } from './demo-patients.ts';

export const GUIDE_BEGIN = '<!-- training-guide:begin -->';
export const GUIDE_END = '<!-- training-guide:end -->';

export const EXPECTED_STATUS_LABELS: Record<ExpectedStatus, string> = {
  required: '应予互认',
  optional: '医生酌情',
  'not-eligible': '不符合互认条件',
  'no-prior': '无可用外院结果',
  exempt: '可不互认（例外情形）',
  unmatched: '不在互认清单',
};

export const EXCEPTION_LABELS: Record<ScenarioException, string> = {
  'condition-changed': '病情变化，结果与临床不符',
  'rapid-change': '结果在病程中变化较快',
  'major-procedure': '手术、输血等重大医疗措施前',
  emergency: '急诊、急救等紧急状态',
  'patient-request': '患者或家属要求复查',
  forensic: '司法、伤残及病退等鉴定',
  other: '其他确需复查的情形',
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function expectedLabel(scenario: TrainingScenario): string {
  const status = scenario.expectedStatus ? EXPECTED_STATUS_LABELS[scenario.expectedStatus] : '视部署配置';
  if (scenario.walkIn) return `核对身份前：医生酌情（仅供参考，不能选择）；医生核对后：${status}`;
  return scenario.exception ? `选择例外“${EXCEPTION_LABELS[scenario.exception]}”后：${status}` : status;
}

function hisPatientId(patientKey: string): { name: string; no: string } {
  const patient = DEMO_PATIENTS.find((candidate) => candidate.key === patientKey);
  if (!patient) throw new Error(`培训场景引用了不存在的病人 ${patientKey}`);
  const no = patient.identifiers.find((identifier) => identifier.kind === 'hisPatientId')?.value;
  if (!no) throw new Error(`病人 ${patientKey} 没有门诊号`);
  return { name: patient.name, no };
}

/** The HTML placed between the markers (static text: the shell's script only wires the 演示 links). */
export function renderTrainingGuideHtml(scenarios: readonly TrainingScenario[] = trainingScenarios): string {
  const lines: string[] = [];
  lines.push(
    '<p class="guide-note">演示前请先在互认助手的“设置与数据”中导入演示数据。按编号顺序：在右上角“当前病人”中选择病人，在开单页录入项目（或点“演示”自动完成），对照“预期提示”和“教学要点”讲解。</p>',
  );
  lines.push('<table class="guide-tbl">');
  lines.push('<thead><tr><th>编号</th><th>病人（门诊号）</th><th>开立项目</th><th>场景</th><th>预期提示</th><th>教学要点</th><th>操作</th></tr></thead>');
  lines.push('<tbody>');
  for (const scenario of scenarios) {
    const patient = hisPatientId(scenario.patientKey);
    lines.push(
      `<tr data-scenario="${escapeHtml(scenario.id)}">` +
        `<td class="g-id">${escapeHtml(scenario.id)}</td>` +
        `<td class="g-pat">${escapeHtml(patient.name)}（${scenario.walkIn ? '未带卡·临时挂号' : escapeHtml(patient.no)}）</td>` +
        `<td class="g-order">${escapeHtml(scenario.orderName)}</td>` +
        `<td class="g-title">${escapeHtml(scenario.title)}</td>` +
        `<td class="g-expect">${escapeHtml(expectedLabel(scenario))}</td>` +
        `<td class="g-point">${escapeHtml(scenario.expectedTeachingPoint)}</td>` +
        `<td class="g-run"><a href="#" class="guide-run" data-patient="${escapeHtml(patient.no)}" data-order="${escapeHtml(scenario.orderName)}"${scenario.walkIn ? ' data-walkin="1"' : ''}>演示</a></td>` +
        '</tr>',
    );
  }
  lines.push('</tbody>');
  lines.push('</table>');
  return lines.join('\n');
}

/** Replaces the block between the markers in the shell's HTML. */
export function replaceGuideBlock(html: string, block: string = renderTrainingGuideHtml()): string {
  const begin = html.indexOf(GUIDE_BEGIN);
  const end = html.indexOf(GUIDE_END);
  if (begin < 0 || end < begin) throw new Error('index.html 中没有培训指引标记');
  return `${html.slice(0, begin + GUIDE_BEGIN.length)}\n${block}\n${html.slice(end)}`;
}

/** The block currently in the shell's HTML. */
export function extractGuideBlock(html: string): string {
  const begin = html.indexOf(GUIDE_BEGIN);
  const end = html.indexOf(GUIDE_END);
  if (begin < 0 || end < begin) throw new Error('index.html 中没有培训指引标记');
  return html.slice(begin + GUIDE_BEGIN.length, end).trim();
}
