#!/usr/bin/env node
import { main } from './cli/main.js';

const exitCode = main(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = exitCode;
