// Every built-in screen adapter, in one list. Order matters only for overlapping URL patterns:
// the first adapter whose pattern matches the frame wins.
import type { ScreenAdapter } from './adapter-schema.ts';
import { trainingHisAdapter } from './training-his-adapter.ts';
import { jqgridAdapter } from './jqgrid-adapter.ts';
import { easyuiAdapter } from './easyui-adapter.ts';
import { layuiAdapter } from './layui-adapter.ts';
import { ext3Adapter } from './ext3-adapter.ts';
import { framesetAdapter } from './frameset-adapter.ts';

export const builtinAdapters: readonly ScreenAdapter[] = [
  trainingHisAdapter,
  jqgridAdapter,
  easyuiAdapter,
  layuiAdapter,
  ext3Adapter,
  framesetAdapter,
];
