// The patient in context, read from whichever same-origin frame the adapter names (often the outer
// shell, with the identifier in a hidden tab).
import type { ScreenAdapter } from '../adapters/adapter-schema.ts';
import type { ScreenSnapshot } from '../messaging/protocol.ts';
import { frameDocument, readSource } from './read-dom-text.ts';

export function readPatient(win: Window, adapter: ScreenAdapter): ScreenSnapshot['patient'] {
  const doc = frameDocument(win, adapter.patient.frame);
  if (!doc) return { ids: {} };
  const ids: Record<string, string> = {};
  for (const id of adapter.patient.ids) {
    const value = readSource(doc, id.source);
    if (value) ids[id.kind] = value;
  }
  const patient: ScreenSnapshot['patient'] = { ids };
  const name = adapter.patient.name && readSource(doc, adapter.patient.name);
  const sex = adapter.patient.sex && readSource(doc, adapter.patient.sex);
  const age = adapter.patient.age && readSource(doc, adapter.patient.age);
  if (name) patient.name = name;
  if (sex) patient.sex = sex;
  if (age) patient.age = age;
  return patient;
}
