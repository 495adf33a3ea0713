// OBX-5 value, OBX-6 unit and the qualitative result (OBX-8 flags, or an OBX-5 of exactly 阳性/阴性).
import { readFlags, readValue } from './hl7v2-fields.ts';
import type { Annotated } from './hl7v2-marks.ts';
import { componentOf, fieldComponent, repetitionsOf, type Hl7Separators } from './hl7v2-reader.ts';
import type { IssueList } from './import-types.ts';
import { clipValue, compactKey } from './text-values.ts';

export interface Measured {
  value?: string;
  unit?: string;
  result?: 'positive' | 'negative';
}

/** An OBX-5 of exactly 阳性 / 阴性 is a qualitative result even without an OBX-8 flag. */
const VALUE_QUALITATIVE: Record<string, 'positive' | 'negative'> = { 阳性: 'positive', 阴性: 'negative' };

export function readMeasured(obx: Annotated, sep: Hl7Separators, issues: IssueList): Measured {
  const valueType = fieldComponent(obx.segment, 2, 1, sep).toUpperCase();
  const value = readValue(valueType, repetitionsOf(obx.segment, 5, sep), sep);
  const unitRep = repetitionsOf(obx.segment, 6, sep)[0] ?? '';
  const unit = componentOf(unitRep, 1, sep) || componentOf(unitRep, 2, sep);
  const flags = readFlags(repetitionsOf(obx.segment, 8, sep).map((flag) => componentOf(flag, 1, sep)));
  if (flags.conflict) issues.add(obx.entry, 'OBX-8', '异常标志同时有阳性和阴性');
  const fromValue = value === undefined ? null : (VALUE_QUALITATIVE[compactKey(value)] ?? null);
  if (flags.result && fromValue && flags.result !== fromValue) issues.add(obx.entry, 'OBX-8', `异常标志（${flags.result === 'positive' ? '阳性' : '阴性'}）与结果「${value}」矛盾`);
  if (unit.length > 40) issues.add(obx.entry, 'OBX-6', '单位超过 40 个字符');
  const out: Measured = {};
  const clipped = clipValue(value);
  if (clipped !== undefined) out.value = clipped;
  if (unit !== '') out.unit = unit;
  const result = flags.result ?? fromValue;
  if (result) out.result = result;
  return out;
}
