import { backupBenchmark } from './backup-benchmark';
import { importBenchmark } from './import-benchmark';
import { matrixBenchmark } from './matrix-benchmark';
import { matrixUiBenchmark } from './matrix-ui-benchmark';
import { reviewBenchmark } from './review-benchmark';
import { seriesBenchmark } from './series-benchmark';
import { storeUiBenchmark } from './store-ui-benchmark';

const wanted = process.argv.slice(2);
const all = {
  backup: backupBenchmark, import: importBenchmark, matrix: matrixBenchmark, 'matrix-ui': matrixUiBenchmark, series: seriesBenchmark, 'store-ui': storeUiBenchmark, review: reviewBenchmark,
};

async function main(): Promise<void> {
  for (const [name, run] of Object.entries(all)) {
    if (wanted.length === 0 || wanted.includes(name)) await run();
  }
}

void main();
