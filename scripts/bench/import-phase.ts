/** Entry of one `bench:import` phase in its own process: `node import-phase.js <phase> <file> <rows>`; prints its figures as JSON. */
import { runPhase } from './import-phases.js';

const [, , phase, file, rows] = process.argv;
runPhase(phase!, file!, Number(rows)).then(
  (figures) => {
    process.stdout.write(`${JSON.stringify({ bench: figures })}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
