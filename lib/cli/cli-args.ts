// Command-line arguments of `npm run evaluate`, parsed without I/O.

export interface CliArgs {
  /** Files, directories, or `-` for stdin. */
  readonly inputs: string[];
  /** Read the request from this property (dot path) of each file, e.g. `request` for scenario files. */
  readonly pick?: string;
  /** A JSON file of policy settings (lib/rules/policy-settings.ts). */
  readonly policyFile?: string;
  /** One JSON line per input even for a single file. */
  readonly batch: boolean;
  readonly help: boolean;
}

export const USAGE = `用法：npm run evaluate -- [选项] 文件|目录|- [更多文件…]

  文件      一个 EvaluateRequest JSON 文件；"-" 从标准输入读取
  目录      目录中全部 *.json 文件（按文件名排序，不递归）
  --pick 键        从每个文件的该属性读取请求（如场景文件用 --pick request）
  --policy 文件    部署策略设置 JSON（见 docs/decisions.md）
  --batch          即使只有一个文件也按批量格式输出
  -h, --help       显示本说明

输出：单个输入时打印响应 JSON；多个文件或目录时每个文件一行 JSON：
  {"file":…,"response":…} 或 {"file":…,"errors":[{"path","message"}]} 或 {"file":…,"unreadable":…}
退出码：0 成功；2 请求无效（逐项列出字段与原因）；1 文件无法读取。`;

export type ParseArgsResult = { ok: true; args: CliArgs } | { ok: false; message: string };

export function parseCliArgs(argv: readonly string[]): ParseArgsResult {
  const inputs: string[] = [];
  let pick: string | undefined;
  let policyFile: string | undefined;
  let batch = false;
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '--batch') batch = true;
    else if (arg === '--pick' || arg === '--policy') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return { ok: false, message: `${arg} 需要一个值` };
      if (arg === '--pick') pick = value;
      else policyFile = value;
      i += 1;
    } else if (arg.startsWith('--')) return { ok: false, message: `未知选项：${arg}` };
    else inputs.push(arg);
  }
  if (!help && inputs.length === 0) return { ok: false, message: '缺少输入文件（或用 - 从标准输入读取）' };
  return { ok: true, args: { inputs, ...(pick ? { pick } : {}), ...(policyFile ? { policyFile } : {}), batch, help } };
}
