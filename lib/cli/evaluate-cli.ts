// `npm run evaluate -- FILE…` — prints the engine's response for request files. All I/O lives here;
// the logic is in run-request.ts and lib/rules. Several files or a directory are evaluated in one
// process (one JSON line per file), so the golden test starts Node once instead of 60+ times.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { policySettingsSchema, type PolicySettings } from '../rules/policy-settings.ts';
import { formatPath } from '../rules/parse-request.ts';
import { USAGE, parseCliArgs } from './cli-args.ts';
import { runRequestText } from './run-request.ts';

const EXIT_OK = 0;
const EXIT_UNREADABLE = 1;
const EXIT_INVALID = 2;

type Source = { file: string; text: string } | { file: string; unreadable: string };

function readSource(file: string): Source {
  try {
    return { file, text: readFileSync(file === '-' ? 0 : file, 'utf8') };
  } catch (error) {
    return { file, unreadable: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

/** Expands directories into their *.json files, sorted; keeps files and `-` as given. */
function expandInputs(inputs: readonly string[]): { files: string[]; sawDirectory: boolean } {
  let sawDirectory = false;
  const files = inputs.flatMap((input) => {
    if (input === '-') return [input];
    try {
      if (!statSync(input).isDirectory()) return [input];
    } catch {
      return [input];
    }
    sawDirectory = true;
    return readdirSync(input).filter((name) => name.endsWith('.json')).sort().map((name) => join(input, name));
  });
  return { files, sawDirectory };
}

function loadPolicy(file: string | undefined): { ok: true; policy: PolicySettings } | { ok: false; code: number; message: string } {
  if (file === undefined) return { ok: true, policy: policySettingsSchema.parse({}) };
  const source = readSource(file);
  if ('unreadable' in source) return { ok: false, code: EXIT_UNREADABLE, message: `无法读取策略文件 ${file}：${source.unreadable}` };
  let raw: unknown;
  try {
    raw = JSON.parse(source.text);
  } catch (error) {
    return { ok: false, code: EXIT_INVALID, message: `策略文件 ${file} 不是合法的 JSON：${(error as Error).message}` };
  }
  const parsed = policySettingsSchema.safeParse(raw, { error: z.locales.zhCN().localeError });
  if (parsed.success) return { ok: true, policy: parsed.data };
  const lines = parsed.error.issues.map((i) => `  - ${formatPath(i.path)}：${i.message}`);
  return { ok: false, code: EXIT_INVALID, message: `策略文件 ${file} 无效：\n${lines.join('\n')}` };
}

function main(argv: readonly string[]): number {
  const parsedArgs = parseCliArgs(argv);
  if (!parsedArgs.ok) {
    process.stderr.write(`${parsedArgs.message}\n\n${USAGE}\n`);
    return EXIT_INVALID;
  }
  const args = parsedArgs.args;
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  const policy = loadPolicy(args.policyFile);
  if (!policy.ok) {
    process.stderr.write(`${policy.message}\n`);
    return policy.code;
  }
  const { files, sawDirectory } = expandInputs(args.inputs);
  const batch = args.batch || sawDirectory || files.length > 1;
  let exit = EXIT_OK;
  for (const file of files) {
    const source = readSource(file);
    if ('unreadable' in source) {
      process.stderr.write(`无法读取 ${file}：${source.unreadable}\n`);
      if (batch) process.stdout.write(`${JSON.stringify({ file, unreadable: source.unreadable })}\n`);
      exit = EXIT_UNREADABLE;
      continue;
    }
    const result = runRequestText(source.text, args.pick, policy.policy);
    if (!result.ok) {
      process.stderr.write(`${file === '-' ? '标准输入中' : `${file} 中`}的请求无效：\n${result.errors.map((e) => `  - ${e.path}：${e.message}`).join('\n')}\n`);
      if (batch) process.stdout.write(`${JSON.stringify({ file, errors: result.errors })}\n`);
      if (exit === EXIT_OK) exit = EXIT_INVALID;
      continue;
    }
    process.stdout.write(batch ? `${JSON.stringify({ file, response: result.response })}\n` : `${JSON.stringify(result.response, null, 2)}\n`);
  }
  return exit;
}

process.exitCode = main(process.argv.slice(2));
