// HL7 v2.x ORU^R01 (the usual LIS / RIS result feed) → the export format. One result per OBX (a
// lab value), or one per OBR when its OBX segments are report text only (an imaging report).
// Level, region and ownership are not in HL7 v2: the performing institution (OBX-23, else MSH-4)
// is looked up in the deployment's `institutions` table. Conventions in docs/import.md.
import type { Mark } from '../catalog/catalog-schema.ts';
import type { Institution } from '../rules/evaluate-schema.ts';
import type { IdentifierKind, ParsedExport } from '../store/export-format.ts';
import { assembleExport, type PendingResult } from './assemble-export.ts';
import { DEFAULT_IDENTIFIER_TYPES, FINAL_STATUSES, TEXT_TYPES, readCodedItem, type Hl7Item } from './hl7v2-fields.ts';
import { Hl7MarkReader, type Annotated } from './hl7v2-marks.ts';
import { readMeasured, type Measured } from './hl7v2-measured.ts';
import { readPid } from './hl7v2-patient.ts';
import { componentOf, fieldComponent, rawField, repetitionsOf, splitHl7, type Hl7Message } from './hl7v2-reader.ts';
import { IssueList, type ImportOptions, type ImportedResult } from './import-types.ts';
import { lookupInstitution } from './institution-values.ts';
import { markForItem, splitStar } from './mark-values.ts';
import { groupPatients, primaryIdentifier, type PatientRecord } from './patient-groups.ts';
import { derivedResultId } from './result-id.ts';
import { parseHl7Timestamp } from './shanghai-datetime.ts';

interface ObrGroup extends Annotated {
  patient: number;
  obxs: Annotated[];
}

/** Everything one message contributes. */
interface MessageContext {
  message: Hl7Message;
  entry: string;
  groups: ObrGroup[];
}

class Hl7Importer {
  readonly issues = new IssueList();
  readonly patients: PatientRecord[] = [];
  readonly pending: { patient: number; entry: string; correction: boolean; draft: Omit<ImportedResult, 'patientKey' | 'id'> }[] = [];
  private readonly identifierTypes: Record<string, IdentifierKind | null>;
  private readonly marks: Hl7MarkReader;

  constructor(private readonly options: ImportOptions) {
    this.identifierTypes = { ...DEFAULT_IDENTIFIER_TYPES, ...(options.hl7?.identifierTypes ?? {}) };
    this.marks = new Hl7MarkReader(options.hl7, this.issues);
  }

  readMessage(message: Hl7Message): void {
    const context: MessageContext = { message, entry: `message ${message.index}`, groups: [] };
    const sep = message.separators;
    const msh = message.segments[0]!;
    const type = `${fieldComponent(msh, 9, 1, sep)}^${fieldComponent(msh, 9, 2, sep)}`;
    if (type !== 'ORU^R01') {
      this.issues.add(`${context.entry} MSH`, 'MSH-9', `消息类型为 ${type}，只接受检验/检查结果消息 ORU^R01`);
      return;
    }
    let patient: number | undefined;
    let group: ObrGroup | undefined;
    let noteTarget: Annotated | undefined;
    let obrCount = 0;
    let obxCount = 0;
    for (const segment of message.segments.slice(1)) {
      if (segment.name === 'PID') {
        patient = this.patients.push(readPid(segment, `${context.entry} PID`, sep, this.identifierTypes, this.issues)) - 1;
        group = undefined;
        noteTarget = undefined;
      } else if (segment.name === 'OBR') {
        obrCount++;
        const entry = `${context.entry} OBR ${obrCount}`;
        if (patient === undefined) {
          this.issues.add(entry, 'PID', 'OBR 之前没有 PID 段：不知道是哪位患者的结果');
          group = undefined;
        } else {
          group = { segment, entry, notes: [], patient, obxs: [] };
          context.groups.push(group);
        }
        noteTarget = group;
      } else if (segment.name === 'OBX') {
        obxCount++;
        const entry = `${context.entry} OBX ${obxCount}`;
        if (!group) {
          if (patient !== undefined) this.issues.add(entry, 'OBR', 'OBX 之前没有 OBR 段：没有观察时间和报告号');
          noteTarget = undefined;
          continue;
        }
        noteTarget = { segment, entry, notes: [] };
        group.obxs.push(noteTarget);
      } else if (segment.name === 'NTE') {
        noteTarget?.notes.push(componentOf(rawField(segment, 3), 1, sep));
      }
    }
    if (patient === undefined) this.issues.add(`${context.entry} PID`, 'PID', '消息没有 PID 段');
    for (const obr of context.groups) this.readGroup(context, obr);
  }

  private readonly institutionIssues = new Set<string>();

  /** OBX-23 (performing organization) when given, else MSH-4 (sending facility), from the table. */
  private institutionFor(context: MessageContext, obx: Annotated | undefined): Institution | undefined {
    const sep = context.message.separators;
    const obx23 = obx ? repetitionsOf(obx.segment, 23, sep)[0] ?? '' : '';
    const [entry, field, keys] =
      obx && obx23 !== ''
        ? [obx.entry, 'OBX-23', [componentOf(obx23, 1, sep), componentOf(obx23, 10, sep)]]
        : [`${context.entry} MSH`, 'MSH-4', [fieldComponent(context.message.segments[0]!, 4, 1, sep), fieldComponent(context.message.segments[0]!, 4, 2, sep)]];
    const found = lookupInstitution(this.options.institutions, ...keys);
    if (found) return found;
    const issueKey = `${entry}|${field}`;
    if (!this.institutionIssues.has(issueKey)) {
      this.institutionIssues.add(issueKey);
      const named = keys.filter((key) => key !== '').join(' / ');
      this.issues.add(
        entry,
        field,
        named === ''
          ? `没有执行机构（${field} 为空）`
          : `机构「${named}」不在部署的机构表中：HL7 v2 不含机构等级、地区和性质，请在 institutions 选项中配置`,
      );
    }
    return undefined;
  }

  private readGroup(context: MessageContext, obr: ObrGroup): void {
    const sep = context.message.separators;
    const groupMark = this.marks.groupMark(obr, obr.obxs, sep);
    const performedRaw = fieldComponent(obr.segment, 7, 1, sep);
    const obrPerformed = performedRaw === '' ? undefined : parseHl7Timestamp(performedRaw);
    if (obrPerformed && !obrPerformed.ok) this.issues.add(obr.entry, 'OBR-7', obrPerformed.message);
    const reportedRaw = fieldComponent(obr.segment, 22, 1, sep);
    const reported = reportedRaw === '' ? undefined : parseHl7Timestamp(reportedRaw);
    if (reported && !reported.ok) this.issues.add(obr.entry, 'OBR-22', reported.message);
    const archiveNo = fieldComponent(obr.segment, 3, 1, sep) || fieldComponent(obr.segment, 2, 1, sep);
    const base = {
      reportedAt: reported?.ok ? reported.iso : undefined,
      archiveNo: archiveNo === '' ? undefined : archiveNo,
    };

    const results = obr.obxs.filter((obx) => !this.marks.isMarkObx(obx, sep) && FINAL_STATUSES.has(fieldComponent(obx.segment, 11, 1, sep).toUpperCase()));
    const reportText = results.length > 0 && results.every((obx) => TEXT_TYPES.has(fieldComponent(obx.segment, 2, 1, sep).toUpperCase()));
    const obrFinal = ['F', 'C'].includes(fieldComponent(obr.segment, 25, 1, sep).toUpperCase());
    if (reportText || (obr.obxs.length === 0 && obrFinal)) {
      // An imaging (or other text) report: the result is the examination named in OBR-4.
      if (!obrPerformed) this.issues.add(obr.entry, 'OBR-7', '缺少检查时间（OBR-7）');
      const item = readCodedItem(repetitionsOf(obr.segment, 4, sep)[0] ?? '', sep);
      this.addResult(context, obr, obr, 'OBR-4', item, obrPerformed?.ok ? obrPerformed.iso : undefined, groupMark, base, {});
      return;
    }
    for (const obx of results) {
      if (TEXT_TYPES.has(fieldComponent(obx.segment, 2, 1, sep).toUpperCase())) continue; // comments beside values
      let performedAt = obrPerformed?.ok ? obrPerformed.iso : undefined;
      if (!obrPerformed) {
        const obx14 = fieldComponent(obx.segment, 14, 1, sep);
        const parsed = obx14 === '' ? undefined : parseHl7Timestamp(obx14);
        if (!parsed) this.issues.add(obx.entry, 'OBR-7', '缺少观察时间（OBR-7，或 OBX-14）');
        else if (!parsed.ok) this.issues.add(obx.entry, 'OBX-14', parsed.message);
        else performedAt = parsed.iso;
      }
      const item = readCodedItem(repetitionsOf(obx.segment, 3, sep)[0] ?? '', sep);
      const ownMark = this.marks.noteMark(obx);
      this.addResult(context, obr, obx, 'OBX-3', item, performedAt, ownMark !== undefined ? ownMark : groupMark, base, readMeasured(obx, sep, this.issues));
    }
  }

  private addResult(
    context: MessageContext,
    obr: ObrGroup,
    at: Annotated,
    itemField: string,
    item: Hl7Item,
    performedAt: string | undefined,
    explicitMark: Mark | null | undefined,
    base: { reportedAt?: string; archiveNo?: string },
    measured: Measured,
  ): void {
    const before = this.issues.count;
    const { name: itemName, starred } = splitStar(item.text);
    if (itemName === '') this.issues.add(at.entry, itemField, `${itemField} 没有项目名称（第 2 个组分）${item.codes[0] ? `，只有编码 ${item.codes[0].code}` : ''}`);
    else if (itemName.length > 200) this.issues.add(at.entry, itemField, '项目名称超过 200 个字符');
    const mark = markForItem(explicitMark ?? null, starred, this.options.starMark);
    if (!mark.ok) this.issues.add(at.entry, itemField, mark.message);
    if (base.archiveNo !== undefined && base.archiveNo.length > 100) this.issues.add(obr.entry, 'OBR-3', '报告号超过 100 个字符');
    const institution = this.institutionFor(context, at === obr ? undefined : at);
    if (this.issues.count > before || !institution || !performedAt || !mark.ok) return;
    const draft: Omit<ImportedResult, 'patientKey' | 'id'> = { itemName, performedAt, institution, mark: mark.mark, source: 'hl7v2' };
    if (base.reportedAt !== undefined) draft.reportedAt = base.reportedAt;
    if (measured.result) draft.result = measured.result;
    if (measured.value !== undefined) draft.value = measured.value;
    if (measured.unit !== undefined) draft.unit = measured.unit;
    if (base.archiveNo !== undefined) draft.archiveNo = base.archiveNo;
    if (item.codes.length > 0) draft.itemCodes = item.codes;
    // OBX-11 (or OBR-25 for a report) = C: a corrected result replaces the earlier one in the file.
    const status = at === obr ? fieldComponent(obr.segment, 25, 1, context.message.separators) : fieldComponent(at.segment, 11, 1, context.message.separators);
    this.pending.push({ patient: obr.patient, entry: at.entry, correction: status.toUpperCase() === 'C', draft });
  }
}

export function parseHl7v2Import(text: string, options: ImportOptions = {}): ParsedExport {
  const importer = new Hl7Importer(options);
  const { messages, stray } = splitHl7(text);
  if (stray.length > 0) importer.issues.add('file', '', `第一个 MSH 之前有无法归属的段：${stray[0]!.slice(0, 20)}`);
  if (messages.length === 0) importer.issues.add('file', '', '文件中没有 HL7 消息（MSH 段）');
  for (const message of messages) importer.readMessage(message);
  if (messages.length > 0 && importer.pending.length === 0 && importer.issues.count === 0) {
    importer.issues.add('file', '', '文件中没有可导入的结果（只导入最终结果：OBX-11 为 F、C、U 或空）');
  }
  const groups = groupPatients(importer.patients, { identifiers: 'PID-3', name: 'PID-5', sex: 'PID-8', birthDate: 'PID-7' }, importer.issues);
  const pending: PendingResult[] = [];
  for (const { patient, entry, correction, draft } of importer.pending) {
    const patientKey = groups.keyOfRecord[patient];
    const primary = primaryIdentifier(importer.patients[patient]!.identifiers);
    if (!patientKey || !primary) continue;
    const id = derivedResultId({ source: 'hl7v2', patient: primary, itemName: draft.itemName, performedAt: draft.performedAt, institutionName: draft.institution.name });
    pending.push({ entry, correction, result: { id, ...draft, patientKey } });
  }
  return assembleExport(groups.patients, pending, importer.issues, options.now);
}
