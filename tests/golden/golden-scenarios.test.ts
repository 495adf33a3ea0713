// The golden set: every file in tests/golden/scenarios is a request with the verdicts a reviewer
// expects, written from the policy texts and docs/decisions.md. They are checked THROUGH THE CLI,
// as a deployment would run it: one `tsx lib/cli/evaluate-cli.ts --pick request <dir>` process
// evaluates the whole directory and prints one JSON line per file (batch mode, docs/evaluate.md),
// so the suite starts Node once instead of once per scenario.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evaluateResponseSchema, verdictStatusSchema, type EvaluateResponse } from '../../lib/rules/evaluate-schema.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, 'tests/golden/scenarios');

const expectedItemSchema = z
  .object({
    catalogId: z.string().optional(),
    concept: z.string().optional(),
    status: verdictStatusSchema,
    /** Codes that must be among the item's reasons (a subset; order not checked). */
    reasonCodes: z.array(z.string()).optional(),
    priorId: z.string().optional(),
    validUntil: z.string().optional(),
    daysLeft: z.number().int().optional(),
  })
  .strict();

const scenarioSchema = z
  .object({
    description: z.string().min(1),
    request: z.unknown(),
    expected: z
      .object({
        verdicts: z
          .array(
            z
              .object({
                order: z.string(),
                status: verdictStatusSchema,
                items: z.array(expectedItemSchema),
                panel: z.object({ id: z.string().optional(), coverage: z.enum(['full', 'partial', 'none']) }).strict().optional(),
                /** Codes that must be among the order-level reasons. */
                reasonCodes: z.array(z.string()).optional(),
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
  })
  .strict();
type Scenario = z.infer<typeof scenarioSchema>;

const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const scenarios: [string, Scenario][] = files.map((f) => [f, scenarioSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')))]);

function runCliOnDirectory(): Map<string, EvaluateResponse> {
  const stdout = execFileSync(join(root, 'node_modules/.bin/tsx'), ['lib/cli/evaluate-cli.ts', '--pick', 'request', 'tests/golden/scenarios'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = new Map<string, EvaluateResponse>();
  for (const line of stdout.trim().split('\n')) {
    const row = JSON.parse(line) as { file: string; response?: unknown; errors?: unknown };
    if (row.errors) throw new Error(`${row.file}: ${JSON.stringify(row.errors)}`);
    out.set(row.file.split('/').pop()!, evaluateResponseSchema.parse(row.response));
  }
  return out;
}

let responses = new Map<string, EvaluateResponse>();

describe('golden scenarios (through the CLI)', () => {
  beforeAll(() => {
    responses = runCliOnDirectory();
  }, 120_000);

  it('has at least 60 named scenarios, each answered once by the CLI', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    for (const f of files) expect(f).toMatch(/^\d{3}-[a-z0-9-]+\.json$/);
    expect([...responses.keys()].sort()).toEqual(files);
  });

  it.each(scenarios)('%s', (file, scenario) => {
    const response = responses.get(file)!;
    const expected = scenario.expected.verdicts;
    expect(response.verdicts.map((v) => v.order)).toEqual(expected.map((v) => v.order));
    expected.forEach((want, index) => {
      const got = response.verdicts[index]!;
      const where = `${file} ${want.order}`;
      expect(got.status, where).toBe(want.status);
      if (want.panel) {
        expect(got.panel?.coverage, `${where} coverage`).toBe(want.panel.coverage);
        if (want.panel.id) expect(got.panel?.id, `${where} panel`).toBe(want.panel.id);
      }
      if (want.reasonCodes) expect((got.reasons ?? []).map((r) => r.code), `${where} order reasons`).toEqual(expect.arrayContaining(want.reasonCodes));
      if (want.items.length === 0) expect(got.items, `${where} items`).toEqual([]);
      want.items.forEach((wantItem, itemIndex) => {
        const gotItem = wantItem.concept ? got.items.find((i) => i.concept === wantItem.concept) : got.items[itemIndex];
        expect(gotItem, `${where} item ${wantItem.concept ?? itemIndex}`).toBeDefined();
        const label = `${where} ${gotItem!.concept}`;
        expect(gotItem!.status, label).toBe(wantItem.status);
        if (wantItem.catalogId) expect(gotItem!.catalogId, label).toBe(wantItem.catalogId);
        if (wantItem.priorId) expect(gotItem!.priorId, label).toBe(wantItem.priorId);
        if (wantItem.validUntil) expect(gotItem!.validUntil, label).toBe(wantItem.validUntil);
        if (wantItem.daysLeft !== undefined) expect(gotItem!.daysLeft, label).toBe(wantItem.daysLeft);
        if (wantItem.reasonCodes) expect(gotItem!.reasons.map((r) => r.code), label).toEqual(expect.arrayContaining(wantItem.reasonCodes));
      });
      expect([...got.card.summary].length).toBeLessThanOrEqual(140);
    });
  });

  it('covers every status, every exception in both lists, and each rule', () => {
    const statuses = new Set(scenarios.flatMap(([, s]) => s.expected.verdicts.flatMap((v) => [v.status, ...v.items.map((i) => i.status)])));
    expect([...statuses].sort()).toEqual([...verdictStatusSchema.options].sort());
    const codes = new Set(scenarios.flatMap(([, s]) => s.expected.verdicts.flatMap((v) => [...(v.reasonCodes ?? []), ...v.items.flatMap((i) => i.reasonCodes ?? [])])));
    const mustCover = [
      'eligible', 'no-prior', 'window-expired', 'prior-in-future', 'window-by-result', 'window-result-unknown', 'window-inferred',
      'no-mark', 'mark-out-of-scope', 'mark-issuer-mismatch', 'item-not-in-mark-catalog', 'national-catalog-missing', 'catalog-not-yet-effective',
      'institution-level', 'alliance-member', 'prior-private', 'orderer-private', 'qc-revoked', 'identity-unconfirmed',
      'enhanced-for-plain', 'laterality-differs', 'contrast-differs', 'projection-differs', 'match-probable', 'prior-panel-name',
      'order-unmatched', 'order-part-unmatched', 'exception-not-listed', 'exception-reason-missing',
      'exception-condition-changed', 'exception-rapid-change', 'exception-major-procedure', 'exception-emergency',
      'exception-patient-request', 'exception-forensic', 'exception-other',
    ];
    expect(mustCover.filter((c) => !codes.has(c))).toEqual([]);
    const regions = new Set(scenarios.map(([, s]) => (s.request as { orderingInstitution: { region: string } }).orderingInstitution.region));
    expect([...regions].sort()).toEqual(['chongqing', 'other', 'sichuan']);
  });
});
