// Regenerates the 培训指引 block of seeds/training-his/index.html from `trainingScenarios`:
//   npx tsx seeds/demo-data/write-training-guide.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { replaceGuideBlock } from './training-guide.ts';

const shell = fileURLToPath(new URL('../training-his/index.html', import.meta.url));
const before = readFileSync(shell, 'utf8');
const after = replaceGuideBlock(before);
if (after === before) {
  console.log('培训指引已是最新。');
} else {
  writeFileSync(shell, after, 'utf8');
  console.log(`已更新 ${shell}`);
}
