// The one message protocol between the content script, the background and the extension pages.
// Every inbound message is zod-parsed in the background (the trust boundary); the content script
// imports only the types from here (`import type`), so zod stays out of every HIS frame.
import { z } from 'zod';
import type { OrderVerdict } from '../rules/evaluate-schema.ts';

const shortText = z.string().max(200);

/** What the content script read from the HIS screen: untrusted page text, bounded in size. */
export const screenSnapshotSchema = z.object({
  adapterId: z.string().min(1).max(100),
  url: z.string().max(2000),
  patient: z.object({
    /** Identifiers read from the page (patient number, visit number, ID card…), by kind. */
    ids: z.record(z.string().max(40), shortText),
    name: shortText.optional(),
    sex: shortText.optional(),
    age: shortText.optional(),
  }),
  orders: z
    .array(z.object({ rowKey: z.string().min(1).max(40), name: shortText.min(1) }))
    .max(500),
});
export type ScreenSnapshot = z.infer<typeof screenSnapshotSchema>;

export const contentMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('orders/evaluate'),
    /** Random per frame; the panel iframe gets the same token to ask for its state. */
    panelToken: z.string().regex(/^[a-z0-9]{16,40}$/),
    snapshot: screenSnapshotSchema,
  }),
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

/** How the patient on screen was tied to stored results. */
export type PatientLink =
  | { kind: 'identifier'; idKind: string; patientKey: string }
  | { kind: 'none'; reason: 'no-identifier' | 'not-found' };

export interface RowVerdict {
  rowKey: string;
  order: string;
  status: OrderVerdict['status'];
  /** Short zh-CN text for the row marker (never patient data). */
  label: string;
}

export interface EvaluateReply {
  ok: true;
  patient: PatientLink;
  rows: RowVerdict[];
  /** True when at least one row deserves the panel (a prior exists for it). */
  showPanel: boolean;
}
export interface ErrorReply {
  ok: false;
  error: string;
}

export interface PanelState {
  updatedAt: string;
  adapterId: string;
  patient: PatientLink;
  patientLabel: string;
  verdicts: OrderVerdict[];
  /** Display data for the priors referenced by the verdicts, by prior id. */
  priors: Record<string, PriorDisplay>;
}

export interface PriorDisplay {
  id: string;
  itemName: string;
  performedAt: string;
  institutionName: string;
  institutionLevel: string;
  mark: string | null;
  value?: string;
  unit?: string;
  archiveNo?: string;
}

export const extensionPageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel/get-state'), panelToken: z.string().regex(/^[a-z0-9]{16,40}$/) }),
  z.object({ type: z.literal('panel/get-tab-state'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('store/import'), fileName: z.string().max(300), text: z.string() }),
  z.object({ type: z.literal('store/stats') }),
]);
export type ExtensionPageMessage = z.infer<typeof extensionPageMessageSchema>;

/** Sent by the background to extension pages when a panel's state changed. */
export interface PanelUpdatedNotice {
  type: 'panel/updated';
  panelToken: string;
}

export interface ImportReply {
  ok: boolean;
  patients: number;
  results: number;
  errors: { entry: string; field: string; message: string }[];
}

export interface StoreStats {
  patients: number;
  results: number;
}
