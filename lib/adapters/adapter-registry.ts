// Every built-in screen adapter, in one list. Order matters only for overlapping URL patterns:
// the first adapter whose pattern matches the frame wins.
import type { ScreenAdapter } from './adapter-schema.ts';
import { trainingHisAdapter } from './training-his-adapter.ts';

export const builtinAdapters: readonly ScreenAdapter[] = [trainingHisAdapter];
