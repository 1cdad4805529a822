/* eslint-disable */
/**
 * Two builds:
 *  - web: the task pane and the ribbon function file → dist/ (taskpane.html, commands.html, assets,
 *    manifest.xml rewritten for the hosting URL given by ADDIN_URL / --env url=…);
 *    office.js from Microsoft's CDN by default, or bundled from @microsoft/office-js with
 *    OFFICEJS=local / --env officejs=local (intranets without Internet).
 *  - cli: the command line src/cli/main.ts → dist/cli/budget-check.js, and its worker thread
 *    src/cli/worker.ts → dist/cli/worker.js (loaded by path next to budget-check.js).
 */
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifest } = require('./scripts/manifest-url');

const DEV_URL = 'https://localhost:3000/';
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const tsRule = { test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true }, exclude: /node_modules/ };

function devServerHttps() {
  try {
    const certs = require('office-addin-dev-certs');
    return certs.getHttpsServerOptions().then(
      (o) => ({ type: 'https', options: o }),
      (e) => {
        console.warn(`[dev-server] 无法获取开发证书，改用 http / dev certificates unavailable, using http: ${e.message}`);
        return { type: 'http' };
      },
    );
  } catch (e) {
    return Promise.resolve({ type: 'http' });
  }
}

const web = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const url = env.url || process.env.ADDIN_URL || DEV_URL;
  const localOffice = env.officejs === 'local' || process.env.OFFICEJS === 'local';
  const officeJs = localOffice ? 'office-js/office.js' : CDN;
  const copies = [{ from: 'assets', to: 'assets', globOptions: { ignore: ['**/sample/**'] } }];
  // office.js and the host files it loads are shipped as Microsoft publishes them (already minified)
  if (localOffice) copies.push({ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js', info: { minimized: true } });
  copies.push({
    from: 'manifest.xml',
    to: 'manifest.xml',
    transform: (content) => (url === DEV_URL ? content : Buffer.from(rewriteManifest(content.toString(), url))),
  });
  const config = {
    name: 'web',
    mode,
    target: 'web',
    // the engine runs in a Web Worker beside the pane: a fixed name the pane can load
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      'engine.worker': './src/taskpane/engine.worker.ts',
      // the standalone checker page (WPS, Excel 2016): no Office, its own worker
      checker: './src/checker/index.tsx',
      'checker.worker': './src/checker/checker.worker.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: (p) => (p.chunk.name === 'engine.worker' || p.chunk.name === 'checker.worker' ? '[name].js' : '[name].[contenthash:8].js'),
      clean: { keep: /^cli\// },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: { fs: false, path: false, os: false } },
    // ES modules so that webpack can tree-shake Fluent UI (its icon package is ~18 MB whole)
    module: { rules: [{ ...tsRule, options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } }] },
    devtool: mode === 'production' ? 'source-map' : 'eval-source-map',
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], officeJs }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], officeJs }),
      new HtmlWebpackPlugin({ filename: 'checker.html', template: './src/checker/checker.html', chunks: ['checker'] }),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
  };
  if (argv.env && argv.env.WEBPACK_SERVE) {
    const server = await devServerHttps();
    config.devServer = { port: 3000, server, headers: { 'Access-Control-Allow-Origin': '*' }, static: { directory: path.join(__dirname, 'dist') }, hot: false, client: false };
  }
  return config;
};

/** The command line: exceljs stays a runtime dependency. */
const cli = (env = {}, argv = {}) => ({
  name: 'cli',
  target: 'node20',
  mode: argv.mode || 'production',
  entry: { 'budget-check': './src/cli/main.ts', worker: './src/cli/worker.ts' },
  output: { path: path.resolve(__dirname, 'dist/cli'), filename: '[name].js', library: { type: 'commonjs2' } },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  externals: { exceljs: 'commonjs exceljs' },
  // the real __dirname / __filename of the bundle: src/cli/pool.ts finds worker.js next to it
  node: { __dirname: false, __filename: false },
  module: { rules: [tsRule] },
  devtool: 'source-map',
  optimization: { minimize: false },
  performance: { hints: false },
});

module.exports = [web, cli];
