// `npm start`: installs what is missing, builds the API, then serves it (embedded database, migrated,
// with demo data on first start) and the web app's development server, and prints both addresses.
import { background, checkNode, ensureDependencies, nx, nxBin, waitForHttp } from './lib/setup.mjs';

checkNode();
ensureDependencies();
nx(['run', 'api:build', '--output-style=static']);

const children = [];
const stop = () => {
  children.forEach((child) => child.kill('SIGTERM'));
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const started = Date.now();
const api = background('api', process.execPath, ['dist/apps/api/main.js'], {
  CANOPY_DEMO: process.env.CANOPY_DEMO ?? 'true',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
children.push(api);
const web = background('web', nxBin, ['run', 'web:serve', '--output-style=static']);
children.push(web);
[api, web].forEach((child) => child.on('exit', (code) => code && code !== 0 && stop()));

await waitForHttp('http://localhost:3000/health', { child: api });
await waitForHttp('http://localhost:4200/', { child: web });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.info(`
Canopy is running (ready in ${seconds} s):
  web  http://localhost:4200/
  API  http://localhost:3000/graphql   (health: http://localhost:3000/health)
Data is kept in ${process.env.CANOPY_DATA_DIR ?? '.canopy-data/'}. Press Ctrl+C to stop.
`);
