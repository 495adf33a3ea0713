// A screen adapter is data: it tells the content script where, on one HIS screen, the patient and
// the order rows are. A department writes one without code (docs/adapters.md); it is validated
// with this schema when loaded and in tests. The content script imports only the types from here
// (`import type`), so zod never reaches a HIS frame.
//
// New fields are optional and carry no defaults, so an adapter written for an earlier version of
// this schema parses to exactly itself.
import { z } from 'zod';
import { HOTKEY_PATTERN } from '../content/submit-hotkeys.ts';

const selector = z.string().min(1).max(300);
const attributeName = z.string().regex(/^[A-Za-z_:][-A-Za-z0-9_:.]*$/).max(60);

/** A regular expression written as data: it must compile, and its first capture group (or the
 *  whole match when it has none) is what gets read. */
const pattern = z
  .string()
  .min(1)
  .max(200)
  .refine((source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  }, '不是有效的正则表达式');

/**
 * A same-origin frame, relative to the frame that holds the order grid: `self`, `parent`, `top`, or
 * a path of frame names walked down from one of them — `{ from: 'top', path: ['topFrame'] }` is the
 * banner frame of a frameset, `{ from: 'parent', path: ['banner'] }` a sibling frame. A name is the
 * `name` or the `id` of a `<frame>` / `<iframe>` element.
 */
export const framePathSchema = z.object({
  from: z.enum(['self', 'parent', 'top']),
  path: z.array(z.string().min(1).max(100)).min(1).max(8),
});
export const frameRefSchema = z.union([z.enum(['self', 'parent', 'top']), framePathSchema]);
export type FrameRef = z.infer<typeof frameRefSchema>;

/**
 * How an element's text is read:
 * - `text`: its text (hidden elements too: panes that exist but are not shown are read all the same);
 * - `value`: an input's value (read-only inputs, inline-edit cells);
 * - `auto`: the value of the form control the element is or holds (an inline-edit row while it is
 *   being edited), otherwise its text — for cells that switch between the two;
 * - `attribute`: the value of `attribute` (e.g. a `title` that carries the full, untruncated name).
 */
export const readModeSchema = z.enum(['text', 'value', 'auto', 'attribute']);
export type ReadMode = z.infer<typeof readModeSchema>;

const attributeReadRule = (source: { read: ReadMode; attribute?: string | undefined }): boolean =>
  (source.read === 'attribute') === (source.attribute !== undefined);
const attributeReadMessage = { message: '`attribute` 与 read: "attribute" 须同时出现', path: ['attribute'] };

export const textSourceSchema = z
  .object({
    selector,
    read: readModeSchema.default('text'),
    attribute: attributeName.optional(),
    /** Keeps only what the pattern captures: `门诊号[:：]\s*(\w+)` on a banner "门诊号：MZ20260001 …". */
    pattern: pattern.optional(),
  })
  .refine(attributeReadRule, attributeReadMessage);
export type TextSource = z.infer<typeof textSourceSchema>;

/**
 * How a row's cell is tied to its header cell:
 * - `position`: the n-th of the row's `cells` belongs to the n-th header cell (plain tables, Ext JS 3);
 * - `{ attribute, cellAttribute? }`: the header cell's attribute value names the column, and the
 *   row's cell carries the same value in `cellAttribute` (default: the same attribute) — layui's
 *   `data-field`, EasyUI's `field`, jqGrid's header `id` vs. cell `aria-describedby`;
 * - `{ classPrefix }`: header and row cells share a class token starting with the prefix (Ext JS 3
 *   puts `x-grid3-td-N` on both).
 */
export const columnKeySchema = z.union([
  z.literal('position'),
  z.object({ attribute: attributeName, cellAttribute: attributeName.optional() }),
  z.object({ classPrefix: z.string().min(1).max(60) }),
]);
export type ColumnKey = z.infer<typeof columnKeySchema>;

/**
 * A cell found through the header text, for grids whose cells say nothing about their meaning (or
 * whose column ids differ per deployment). The header may live in a table of its own (EasyUI,
 * layui, Ext JS keep the header and the body apart): it is searched inside `scope`.
 */
export const columnSourceSchema = z
  .object({
    column: z.object({
      /** Header cells; with `position` they must be the cells of exactly one header row. */
      header: selector,
      /** Accepted header texts, compared without spaces and a trailing `:`/`：`/`*`. */
      text: z.array(z.string().min(1).max(40)).min(1).max(20),
      key: columnKeySchema,
      /** A row's cells, relative to the row (`:scope > td` keeps out cells of nested tables). */
      cells: selector,
      /** The nearest ancestor of the row that holds the header; the row's document when absent. */
      scope: selector.optional(),
    }),
    read: readModeSchema.default('text'),
    attribute: attributeName.optional(),
    pattern: pattern.optional(),
  })
  .refine(attributeReadRule, attributeReadMessage);
export type ColumnSource = z.infer<typeof columnSourceSchema>;

/** A value inside a row: a cell picked by a selector (a class, jqGrid's `aria-describedby`, EasyUI's
 *  `field`…) or by its header text. */
export const cellSourceSchema = z.union([textSourceSchema, columnSourceSchema]);
export type CellSource = z.infer<typeof cellSourceSchema>;

export const identifierKindSchema = z.enum(['hisPatientId', 'hisVisitId', 'idCard', 'insuranceCard']);
export type IdentifierKind = z.infer<typeof identifierKindSchema>;

export const orderGridSchema = z.object({
  /**
   * The element whose subtree receives the rows. Every element that matches is watched, including
   * ones that appear later (a dialog opened after load, a pane rendered on first show) or replace
   * the first (a grid that re-renders its body).
   */
  container: selector,
  /** A row, inside a container. */
  row: selector,
  /** The item name inside a row. */
  itemName: cellSourceSchema,
  /** The order's fee in yuan, for the monthly 节约费用 figure (`:scope` reads the row itself). */
  price: cellSourceSchema.optional(),
});
export type OrderGrid = z.infer<typeof orderGridSchema>;

/**
 * A list of results shown on a screen (外院报告, 互认结果查询…), captured as plain rows. Items printed
 * with `recognisedPrefix` (`*`, 四川实施方案 附件2) are the recognised ones.
 */
export const resultListSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1).max(60),
  frame: frameRefSchema,
  container: selector,
  row: selector,
  fields: z.object({
    item: cellSourceSchema,
    value: cellSourceSchema.optional(),
    unit: cellSourceSchema.optional(),
    referenceRange: cellSourceSchema.optional(),
    date: cellSourceSchema.optional(),
    institution: cellSourceSchema.optional(),
    /** The recognition mark (`川渝HR`, `川内HR`, `HR`) as printed. */
    mark: cellSourceSchema.optional(),
    archiveNo: cellSourceSchema.optional(),
  }),
  recognisedPrefix: z.string().min(1).max(4).optional(),
});
export type ResultList = z.infer<typeof resultListSchema>;

export const screenAdapterSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Glob over the frame's URL (`*` = any run of characters). The frame holding the order grid. */
  urlPatterns: z.array(z.string().min(1)).min(1),
  patient: z.object({
    /** Which same-origin frame holds the patient context, relative to the order frame. */
    frame: frameRefSchema,
    /** Identifiers, possibly in a hidden tab: hidden panes are read all the same. */
    ids: z.array(z.object({ kind: identifierKindSchema, source: textSourceSchema })),
    name: textSourceSchema.optional(),
    sex: textSourceSchema.optional(),
    age: textSourceSchema.optional(),
    /** An element whose changes mean "another patient" (the page switches without reloading). */
    watch: selector.optional(),
  }),
  orders: orderGridSchema,
  noteField: selector.optional(),
  /** The same-origin frame holding `noteField`, relative to the order frame (default: the order frame). */
  noteFieldFrame: frameRefSchema.optional(),
  submit: selector.optional(),
  /** The same-origin frame holding `submit` (a frameset's toolbar frame), relative to the order frame. */
  submitFrame: frameRefSchema.optional(),
  /**
   * The screen's own shortcut keys that send the order (`F8`, `Ctrl+Enter`, `Alt+S`): held in block
   * mode like `submit`, in the order frame and in `submitFrame`.
   */
  submitKeys: z
    .array(z.string().regex(HOTKEY_PATTERN, '快捷键写法：修饰键用 + 连接，如 F8、Ctrl+Enter、Alt+S（字母大写）'))
    .max(8)
    .optional(),
  /** Result lists on this screen or its frames (capture only; what is kept is decided elsewhere). */
  resultLists: z.array(resultListSchema).optional(),
});
export type ScreenAdapter = z.infer<typeof screenAdapterSchema>;
export type ScreenAdapterInput = z.input<typeof screenAdapterSchema>;
