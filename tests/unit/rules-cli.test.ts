// The CLI as a deployment runs it: exit codes, error messages naming each field, batch output, and
// the same answer whatever the machine's time zone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../lib/cli/cli-args.ts';
import { pickPath, runRequestText } from '../../lib/cli/run-request.ts';
import { defaultPolicySettings } from '../../lib/rules/policy-settings.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const scenarios = join(root, 'tests/golden/scenarios');
/** Each test starts Node (tsx) once or twice; on a busy 2-core machine that takes seconds. */
const SPAWN_TIMEOUT = 60_000;

function cli(args: string[], options: { tz?: string; input?: string } = {}) {
  const result = spawnSync(tsx, ['lib/cli/evaluate-cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input: options.input,
    timeout: 60_000,
    env: { ...process.env, TZ: options.tz ?? process.env.TZ ?? 'UTC' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'evaluate-cli-'));
const write = (name: string, content: string) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('parseCliArgs', () => {
  it.each<[string[], unknown]>([
    [['a.json'], { ok: true, args: { inputs: ['a.json'], batch: false, help: false } }],
    [['--pick', 'request', 'dir'], { ok: true, args: { inputs: ['dir'], pick: 'request', batch: false, help: false } }],
    [['-', '--batch', '--policy', 'p.json'], { ok: true, args: { inputs: ['-'], policyFile: 'p.json', batch: true, help: false } }],
    [[], { ok: false, message: expect.stringContaining('缺少输入') }],
    [['--pick'], { ok: false, message: expect.stringContaining('--pick') }],
    [['--verbose', 'a.json'], { ok: false, message: expect.stringContaining('--verbose') }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });
});

describe('runRequestText', () => {
  it('names the picked path in errors', () => {
    const result = runRequestText('{"request":{"now":"x"}}', 'request', defaultPolicySettings);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('request.now');
    expect(pickPath({ a: { b: 1 } }, 'a.b')).toEqual({ found: true, value: 1 });
    expect(pickPath({ a: 1 }, 'a.b')).toEqual({ found: false });
  });
});

describe('evaluate CLI', () => {
  const scenario = join(scenarios, '001-wbc-chuanyu-required.json');

  it('prints the response for a file and exits 0', () => {
    const { code, stdout } = cli(['--pick', 'request', scenario]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).verdicts[0].status).toBe('required');
  }, SPAWN_TIMEOUT);

  it('reads stdin with -', () => {
    const request = JSON.stringify(JSON.parse(readFileSync(scenario, 'utf8')).request);
    const { code, stdout } = cli(['-'], { input: request });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).verdicts).toHaveLength(1);
  }, SPAWN_TIMEOUT);

  it('exits 2 naming each invalid field and why', () => {
    const bad = write('bad.json', JSON.stringify({ now: '2026-11-23T10:00:00', orderingInstitution: { name: 'x', level: '四级', region: 'sichuan', ownership: 'public' }, orders: [], priors: [] }));
    const { code, stderr, stdout } = cli([bad]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('now：');
    expect(stderr).toContain('orderingInstitution.level：');
    expect(stderr).toContain('orders：');
  }, SPAWN_TIMEOUT);

  it('exits 2 for text that is not JSON, and for an invalid policy file', () => {
    expect(cli([write('text.json', 'not json')]).code).toBe(2);
    const policy = write('policy.json', JSON.stringify({ allianceResults: 'always' }));
    const result = cli(['--policy', policy, '--pick', 'request', scenario]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('allianceResults');
  }, SPAWN_TIMEOUT);

  it('applies a policy file', () => {
    const policy = write('policy-ok.json', JSON.stringify({ unconfirmedIdentity: 'not-eligible' }));
    const { code, stdout } = cli(['--policy', policy, '--pick', 'request', join(scenarios, '055-identity-demographic-only.json')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).verdicts[0].status).toBe('not-eligible');
  }, SPAWN_TIMEOUT);

  it('exits 1 for a file it cannot read', () => {
    const { code, stderr } = cli([join(tmp, 'missing.json')]);
    expect(code).toBe(1);
    expect(stderr).toContain('无法读取');
  }, SPAWN_TIMEOUT);

  it('prints one JSON line per file in batch mode, with errors in place', () => {
    const bad = write('bad-batch.json', '{"request": {}}');
    const { code, stdout } = cli(['--pick', 'request', scenario, bad]);
    expect(code).toBe(2);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].response.verdicts[0].status).toBe('required');
    expect(lines[1].errors.length).toBeGreaterThan(0);
  }, SPAWN_TIMEOUT);

  it('answers the same in Los Angeles and in Shanghai', () => {
    const la = cli(['--pick', 'request', scenarios], { tz: 'America/Los_Angeles' });
    const sh = cli(['--pick', 'request', scenarios], { tz: 'Asia/Shanghai' });
    expect(la.code).toBe(0);
    expect(sh.code).toBe(0);
    expect(la.stdout.length).toBeGreaterThan(1000);
    expect(la.stdout).toBe(sh.stdout);
  }, SPAWN_TIMEOUT);
});
