/**
 * jest globalSetup: build the fixture workbooks when they are missing or older than their builder.
 */
import * as fs from 'fs';
import * as path from 'path';

export default async function globalSetup(): Promise<void> {
  const dir = path.join(__dirname, 'fixtures');
  const out = path.join(dir, 'generated');
  const stamp = path.join(out, '.built');
  const builders = [dir, path.join(dir, 'real')].flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => path.join(d, f)));
  const newest = Math.max(...builders.map((f) => fs.statSync(f).mtimeMs));
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newest) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildFixtures } = require('./fixtures/build-fixtures') as typeof import('./fixtures/build-fixtures');
  await buildFixtures(out);
  fs.writeFileSync(stamp, new Date().toISOString());
}
