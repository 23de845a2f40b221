import { run } from './action/main.js';

// run() reports its own failures; it never rejects.
void run();
