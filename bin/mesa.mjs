#!/usr/bin/env node
// `npx mesa …`: Mesa's command line, run from its TypeScript sources through tsx (as `npm start` runs the server).
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
