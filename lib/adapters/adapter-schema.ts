// A screen adapter is data: it tells the content script where, on one HIS screen, the patient and
// the order rows are. A department writes one without code (docs/adapters.md); it is validated
// with this schema when loaded and in tests.
import { z } from 'zod';

const selector = z.string().min(1).max(300);

export const frameRefSchema = z.enum(['self', 'parent', 'top']);
export type FrameRef = z.infer<typeof frameRefSchema>;

export const textSourceSchema = z.object({
  selector,
  /** `text`: the element's text; `value`: an input's value (read-only or inline-edit cells). */
  read: z.enum(['text', 'value']).default('text'),
});
export type TextSource = z.infer<typeof textSourceSchema>;

export const screenAdapterSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Glob over the frame's URL (`*` = any run of characters). The frame holding the order grid. */
  urlPatterns: z.array(z.string().min(1)).min(1),
  patient: z.object({
    /** Which same-origin frame holds the patient context, relative to the order frame. */
    frame: frameRefSchema,
    /** Identifiers, possibly in a hidden tab: hidden panes are read all the same. */
    ids: z.array(z.object({ kind: z.enum(['hisPatientId', 'hisVisitId', 'idCard', 'insuranceCard']), source: textSourceSchema })),
    name: textSourceSchema.optional(),
    sex: textSourceSchema.optional(),
    age: textSourceSchema.optional(),
    /** An element whose changes mean "another patient" (the page switches without reloading). */
    watch: selector.optional(),
  }),
  orders: z.object({
    /** The element whose subtree receives the rows (observed, never rescanned). */
    container: selector,
    /** A row, relative to the container. */
    row: selector,
    /** The item name inside a row. */
    itemName: textSourceSchema,
  }),
  noteField: selector.optional(),
  submit: selector.optional(),
});
export type ScreenAdapter = z.infer<typeof screenAdapterSchema>;
export type ScreenAdapterInput = z.input<typeof screenAdapterSchema>;
