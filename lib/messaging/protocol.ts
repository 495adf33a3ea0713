// The one message protocol between the content script, the background and the extension pages.
// Every inbound message is zod-parsed in the background (the trust boundary); the content script
// imports only the types from here (`import type`), so zod stays out of every HIS frame.
import { z } from 'zod';
import { exceptionCodeSchema, institutionSchema, type ExceptionCode, type OrderVerdict } from '../rules/evaluate-schema.ts';
import { markSchema } from '../catalog/catalog-schema.ts';

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
  /**
   * Counts the patients this screen has shown (lib/content/his-session.ts): it moves on when an
   * element the patient is read from is redrawn, the reading of the patient changes, or every row goes with the grid
   * left empty or without one of its items (cleared, or cleared and refilled in one go). A name +
   * sex + age confirmation holds while it stays the same (lib/background/resolve-identity.ts).
   */
  showing: z.number().int().nonnegative().max(1_000_000_000).optional(),
  /** Screens read by the generic detector: how sure it is that this frame holds an order grid (0–1). */
  detectionConfidence: z.number().min(0).max(1).optional(),
  /** The distinct orders on screen, one per item name (the same item on two rows is one question). */
  orders: z.array(z.object({ name: shortText.min(1), price: z.number().nonnegative().max(1_000_000).optional() })).max(500),
});
export type ScreenSnapshot = z.infer<typeof screenSnapshotSchema>;

const capturedRowSchema = z.object({
  item: shortText.min(1),
  recognised: z.boolean(),
  value: shortText.optional(),
  unit: shortText.optional(),
  referenceRange: shortText.optional(),
  date: shortText.optional(),
  institution: shortText.optional(),
  mark: shortText.optional(),
  archiveNo: shortText.optional(),
});
export type CapturedRow = z.infer<typeof capturedRowSchema>;

export const contentMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('results/capture'),
    adapterId: z.string().min(1).max(100),
    listId: z.string().min(1).max(100),
    patient: screenSnapshotSchema.shape.patient,
    rows: z.array(capturedRowSchema).max(500),
  }),
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
  /** The doctor confirmed, for this showing of the screen, that the name, sex and age on screen are this stored patient's. */
  | { kind: 'confirmed'; patientKey: string }
  | { kind: 'none'; reason: 'no-identifier' | 'not-found' };

/** A stored patient whose name, sex and age fit the screen's, shown for the doctor to confirm. */
export interface IdentityCandidate {
  /** Sent back with the doctor's answer; the background accepts only a key it offered. */
  patientKey: string;
  name: string;
  sex: string;
  birthDate: string;
  /** Identifiers masked (5101**********1234): enough to compare with the patient's card. */
  identifiers: { kind: string; masked: string }[];
  resultCount: number;
}

/** Name + sex + age fit stored patients: only ever a "please confirm", never a link by itself. */
export interface IdentityOffer {
  candidates: IdentityCandidate[];
  /** More fit than can be listed: the doctor needs an identifier on screen instead. */
  tooMany: boolean;
  /** The verdicts shown are those of the one candidate, as 可酌情 until confirmed (D6). */
  preview: boolean;
  /** Names this showing of the patient: an answer is refused once the screen shows anyone else. */
  scope: string;
}

/** The row markers' view of one distinct order (every row with this item name shows it). */
export interface OrderMarker {
  order: string;
  status: OrderVerdict['status'];
  /** Short zh-CN text for the row marker (never patient data). */
  label: string;
  /** True once the doctor has chosen for every warned item of this order in this visit. */
  decided: boolean;
}

export interface EvaluateReply {
  ok: true;
  patient: PatientLink;
  /** One per `snapshot.orders` entry, in the same order. */
  orders: OrderMarker[];
  /** True when at least one order deserves the panel (a warned item not yet decided, or no identifier). */
  showPanel: boolean;
  /** Block mode: hold the HIS submit control until every warned item is decided. */
  blockSubmit: boolean;
  /** Forced-choice and block modes: the panel cannot be put away while a required item is undecided. */
  mustDecide: boolean;
}
export interface CaptureReply {
  ok: true;
  captured: number;
  /** Rows not kept, with the reason (no date, unknown institution…). */
  skipped: { item: string; reason: string }[];
  /** Why nothing could be kept at all (e.g. the patient has no identifier on screen). */
  refused?: string;
}

export interface ErrorReply {
  ok: false;
  error: string;
}

export type AlertMode = 'advice' | 'forced-choice' | 'block';

export interface DecisionSummary {
  choice: 'accept' | 'retest' | 'patient-declines';
  exception?: ExceptionCode;
  reasonDetail?: string;
  recordText: string;
  missing: string[];
  decidedAt: string;
}

export interface PanelState {
  updatedAt: string;
  adapterId: string;
  alertMode: AlertMode;
  /** The screen was read by the generic detector (no adapter configured): advice only. */
  generic: boolean;
  /** How sure the generic detector is that the screen is an order grid (0–1), when it read it. */
  genericConfidence?: number;
  patient: PatientLink;
  patientLabel: string;
  /** No identifier the store knows, but stored patients fit by name, sex and age. */
  identity?: IdentityOffer;
  /** A patient the doctor confirmed: the showing it holds for (to take the confirmation back). */
  identityScope?: string;
  verdicts: OrderVerdict[];
  /** Display data for the priors referenced by the verdicts, by prior id. */
  priors: Record<string, PriorDisplay>;
  /** What the doctor already chose in this visit, by concept (one choice per item and visit). */
  decisions: Record<string, DecisionSummary>;
  /** Whether the screen names a note field the record text can be inserted into. */
  canInsertNote: boolean;
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
  /**
   * `refresh`: the side panel was opened, shown again or moved to another tab; the screen is asked to
   * re-send its orders, so what the side panel shows is the screen's present state even if the worker
   * slept meanwhile (its session copy is at most a second old). Not sent for `panel/updated` reloads.
   */
  z.object({ type: z.literal('panel/get-tab-state'), tabId: z.number().int().nonnegative(), refresh: z.boolean().optional() }),
  z.object({ type: z.literal('store/stats') }),
  z.object({
    type: z.literal('decision/record'),
    panelToken: z.string().regex(/^[a-z0-9]{16,40}$/),
    orderIndex: z.number().int().nonnegative(),
    /** The order's name as the panel showed it at `orderIndex`: refused if the grid has moved since. */
    orderName: z.string().min(1).max(200).optional(),
    /** The patient the panel showed when the doctor chose: refused if the screen has another by now. */
    patientKey: z.string().max(200).optional(),
    /** The warned items of the order the choice covers (a panel's covered components together). */
    concepts: z.array(z.string().min(1).max(200)).min(1).max(60),
    choice: z.enum(['accept', 'retest', 'patient-declines']),
    exception: exceptionCodeSchema.optional(),
    reasonDetail: z.string().max(500).optional(),
    informed: z
      .object({ party: z.enum(['patient', 'family']), name: z.string().max(40).optional(), relation: z.string().max(20).optional() })
      .optional(),
  }),
  z.object({
    type: z.literal('note/insert'),
    panelToken: z.string().regex(/^[a-z0-9]{16,40}$/),
    /** The patient the text was drafted for: refused if the screen has another by now. */
    patientKey: z.string().max(200).optional(),
    text: z.string().min(1).max(4000),
  }),
  z.object({
    type: z.literal('identity/confirm'),
    panelToken: z.string().regex(/^[a-z0-9]{16,40}$/),
    /** The candidate offered (or confirmed); `same: false` turns it down (or takes a confirmation back). */
    candidateKey: z.string().min(1).max(100),
    same: z.boolean(),
    /** The showing the panel answered about (`IdentityOffer.scope`): refused if the screen has moved on. */
    scope: z.string().min(1).max(20),
  }),
  z.object({ type: z.literal('consent/get'), panelToken: z.string().regex(/^[a-z0-9]{16,40}$/), concept: z.string().min(1).max(200) }),
  z.object({
    type: z.literal('results/add-manual'),
    panelToken: z.string().regex(/^[a-z0-9]{16,40}$/),
    /** The patient the panel showed when the form was filled in (as for decision/record). */
    patientKey: z.string().max(200).optional(),
    /** A result the patient brought on paper (川渝互认规则 二: 患者提供的已有结果). */
    result: z.object({
      itemName: z.string().trim().min(1, '请填写项目').max(200),
      performedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '请填写检查/采样日期'),
      institution: institutionSchema,
      mark: markSchema.nullable(),
      result: z.enum(['positive', 'negative']).nullable(),
      value: z.string().max(100).optional(),
      unit: z.string().max(40).optional(),
      archiveNo: z.string().max(100).optional(),
    }),
  }),
  z.object({ type: z.literal('deployment/apply'), text: z.string().max(2_000_000) }),
  z.object({ type: z.literal('deployment/get') }),
  // Apply the bundle enterprise policy holds (after the options page has had its origins granted).
  z.object({ type: z.literal('deployment/apply-managed') }),
  z.object({ type: z.literal('settings/get') }),
  z.object({ type: z.literal('settings/save'), settings: z.unknown() }),
]);
export type DecisionRequest = Extract<ExtensionPageMessage, { type: 'decision/record' }>;
export type ManualResultRequest = Extract<ExtensionPageMessage, { type: 'results/add-manual' }>;

export interface ManualResultReply {
  ok: boolean;
  error?: string;
}
export type ExtensionPageMessage = z.infer<typeof extensionPageMessageSchema>;

/**
 * `panel/get-tab-state`'s answer: the active tab's latest order screen that needed the panel, with
 * its token so the side panel can act on it (extension pages only; the HIS page never sees it).
 */
export type TabPanelReply = { token: string; state: PanelState } | null;

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

export interface DecisionReply {
  ok: boolean;
  error?: string;
  decision?: DecisionSummary;
}

/** Background → the content script of one frame: put the record text into the HIS note field. */
export interface NoteInsertCommand {
  type: 'note/insert';
  text: string;
}
export interface NoteInsertReply {
  ok: boolean;
  error?: string;
}

/** The doctor's answer to an identity offer, stored before this reply. */
export interface IdentityConfirmReply {
  ok: boolean;
  error?: string;
}

export interface ConsentReply {
  ok: boolean;
  html?: string;
  missing?: string[];
  error?: string;
}
