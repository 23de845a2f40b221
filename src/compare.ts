import { run } from './action/compare.js';

// run() reports its own failures; it never rejects.
void run();
