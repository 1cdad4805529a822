/* eslint-disable */
const path = require('path');

/** The command line: src/cli/main.ts → dist/cli/budget-check.js (exceljs stays a runtime dependency). */
const cli = (env, argv) => ({
  name: 'cli',
  target: 'node20',
  mode: argv.mode || 'production',
  entry: { 'budget-check': './src/cli/main.ts' },
  output: { path: path.resolve(__dirname, 'dist/cli'), filename: '[name].js', library: { type: 'commonjs2' } },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  externals: { exceljs: 'commonjs exceljs' },
  module: { rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true }, exclude: /node_modules/ }] },
  devtool: 'source-map',
  optimization: { minimize: false },
  performance: { hints: false },
});

module.exports = [cli];
