// The shape of a recognition catalog (互认项目清单) as data. Catalogs are versioned files in
// `catalogs/`, validated with these schemas when loaded, so a newer list (e.g. the 2025 川渝 imaging
// list of 141 items) loads without code changes.
import { z } from 'zod';

/** Recognition marks printed on reports (互认标识). `HR` is the national mark (国卫医发〔2022〕6号). */
export const markSchema = z.enum(['川渝HR', '川内HR', 'HR']);
export type Mark = z.infer<typeof markSchema>;

export const durationSchema = z.object({
  amount: z.number().int().positive(),
  unit: z.enum(['day', 'month', 'year']),
});
export type Duration = z.infer<typeof durationSchema>;

/** Where a value came from when the text does not state it plainly. Shown to users with the verdict. */
export const inferenceSchema = z.object({
  inferred: z.literal(true),
  note: z.string().min(1),
});

/**
 * A value other than a window that is not printed plainly in the source, and why: a placeholder
 * effective date, an attributed issuing document, a reconstructed item (`field: 'item'`), a category
 * borrowed from another list, a corrected misprint. Kept as data (not only prose in `notes`) so the
 * UI can show it next to the verdict and tests can require a note for every inference.
 */
export const fieldInferenceSchema = z.object({
  field: z.string().min(1),
  note: z.string().min(1),
});
export type FieldInference = z.infer<typeof fieldInferenceSchema>;

/**
 * Set when a deployment replaced the published window (lib/catalog/window-overrides.ts): the
 * deployment's reason and the window it replaced, both shown with the verdict.
 */
export const windowOverrideInfoSchema = z.object({
  note: z.string().min(1),
  /** The replaced window in words, e.g. `7 天` or `阳性 6 个月 / 阴性 1 个月`. */
  replaced: z.string().min(1),
});
export type WindowOverrideInfo = z.infer<typeof windowOverrideInfoSchema>;

/**
 * 互认时间: how long after collection / examination a result may be recognised.
 * `by-result` is the 川渝 "阳性 6 个月 / 阴性 1 个月" form; when the result is unknown the engine
 * uses the shorter window.
 */
export const validityWindowSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('fixed'),
    duration: durationSchema,
    inference: inferenceSchema.optional(),
    override: windowOverrideInfoSchema.optional(),
  }),
  z.object({
    kind: z.literal('by-result'),
    positive: durationSchema,
    negative: durationSchema,
    inference: inferenceSchema.optional(),
    override: windowOverrideInfoSchema.optional(),
  }),
]);
export type ValidityWindow = z.infer<typeof validityWindowSchema>;

export const modalitySchema = z.enum(['DR', 'CT', 'MR']);
export type Modality = z.infer<typeof modalitySchema>;
export const lateralitySchema = z.enum(['left', 'right', 'bilateral', 'none']);
export type Laterality = z.infer<typeof lateralitySchema>;
/** 平扫 vs 增强 (an enhanced scan here means 普通扫描加增强扫描, i.e. it includes the plain phase). */
export const contrastSchema = z.enum(['plain', 'enhanced', 'none']);
export type Contrast = z.infer<typeof contrastSchema>;

const itemBase = {
  /** Unique inside its catalog, stable across versions: `<catalog id>#<序号>`. */
  id: z.string().min(1),
  /** 序号 as printed in the list. */
  seq: z.number().int().positive(),
  /**
   * What is measured or examined, shared by every catalog that lists the same thing, so that a
   * 川内HR prior and a 川渝HR prior for the same test meet. Lab: `lab:<ABBR>`; imaging:
   * `img:<modality>:<body part>:<laterality>:<contrast>:<projection>`.
   */
  concept: z.string().min(1),
  /** The name as printed in the list (项目中英文名称 / 项目中文名称). */
  name: z.string().min(1),
  /** Other names HIS screens use for exactly this item (never a broader or narrower item). */
  aliases: z.array(z.string().min(1)),
  /** 项目类别 (lab) or 部位 group (imaging) as printed. */
  category: z.string().min(1),
  /** Absent → the catalog's default window applies. */
  window: validityWindowSchema.optional(),
  /** Every value in this item that is not printed plainly in the source text, and why. */
  notes: z.array(z.string().min(1)),
  /** Machine-readable form of the item's non-window inferences (the window carries its own). */
  inferences: z.array(fieldInferenceSchema).optional(),
};

export const labItemSchema = z.object({
  ...itemBase,
  kind: z.literal('lab'),
  abbr: z.string().min(1),
  /** LOINC codes only where certain (molar / SI variants where Chinese labs report SI units). */
  loinc: z.array(z.string().regex(/^\d{1,7}-\d$/)),
  /** 需标明方法学、定量或定性 etc. */
  requirement: z.string().optional(),
});
export type LabItem = z.infer<typeof labItemSchema>;

export const imagingItemSchema = z.object({
  ...itemBase,
  kind: z.literal('imaging'),
  modality: modalitySchema,
  /** Normalised body part key, e.g. `head`, `chest`, `knee`, `lumbar-spine`. */
  bodyPart: z.string().min(1),
  laterality: lateralitySchema,
  contrast: contrastSchema,
  /** Projection for DR (`pa`, `pa-lateral`, `ap`, `ap-lateral`, `oblique`…); `''` when none. */
  projection: z.string(),
  /** 项目释义 as printed. */
  description: z.string().min(1),
});
export type ImagingItem = z.infer<typeof imagingItemSchema>;

export const catalogItemSchema = z.discriminatedUnion('kind', [labItemSchema, imagingItemSchema]);
export type CatalogItem = z.infer<typeof catalogItemSchema>;

export const catalogSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    /** The issuing document as cited in verdicts. */
    issuingDocument: z.string().min(1),
    /** Short name used in clause citations, e.g. `川渝互认规则`. */
    citation: z.string().min(1),
    region: z.enum(['chuanyu', 'sichuan', 'national']),
    /** The marks whose results this list governs. */
    marks: z.array(markSchema).min(1),
    kind: z.enum(['lab', 'imaging']),
    effectiveDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    version: z.string().min(1),
    /** The seed text or document this data was transcribed from. */
    source: z.string().min(1),
    defaultWindow: validityWindowSchema.optional(),
    notes: z.array(z.string()),
    /** Catalog-level values not printed in the source (effective date, issuing document…), and why. */
    inferences: z.array(fieldInferenceSchema).optional(),
    /**
     * Ids of older lists this one replaces from its effectiveDate (e.g. a 2025 川渝 imaging list of
     * 141 items superseding `chuanyu-imaging-2022`). Before that date the older list stays in force;
     * see lib/catalog/catalogs-in-force.ts.
     */
    supersedes: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
    items: z.array(catalogItemSchema).min(1),
  })
  .superRefine((catalog, ctx) => {
    const ids = new Set<string>();
    catalog.items.forEach((item, index) => {
      if (item.kind !== catalog.kind) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'kind'], message: `item kind ${item.kind} in a ${catalog.kind} catalog` });
      }
      if (ids.has(item.id)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `duplicate id ${item.id}` });
      }
      ids.add(item.id);
      if (!item.window && !catalog.defaultWindow) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'window'], message: 'no window and no catalog default' });
      }
    });
  });
export type Catalog = z.infer<typeof catalogSchema>;

/** 套餐: a panel ordered under one name, judged component by component. */
export const panelSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Concepts (see `concept` above) that the panel contains and that some catalog lists. */
  components: z.array(z.string().min(1)).min(1),
  /** Panel members that no catalog lists (e.g. RDW in 血常规): never recognised, shown as such. */
  unlistedComponents: z.array(z.string()),
  notes: z.array(z.string()),
});
export type Panel = z.infer<typeof panelSchema>;

export const panelFileSchema = z.object({
  version: z.string().min(1),
  notes: z.array(z.string()),
  panels: z.array(panelSchema).min(1),
});
export type PanelFile = z.infer<typeof panelFileSchema>;
