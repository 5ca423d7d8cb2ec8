/**
 * `npm run preview`: the production task pane on the SIMULATED Excel host,
 * beside an HTML rendering of the workbook (dist-preview/, served by
 * src/preview/server.ts). Separate from the add-in build so nothing of the
 * preview ends up in dist/.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { typescriptForBrowser } = require('./webpack.config.js');

module.exports = (env, argv) => ({
  mode: argv.mode || 'development',
  devtool: false,
  entry: { preview: './src/preview/main.tsx' },
  output: { path: path.resolve(__dirname, env && env.out ? env.out : 'dist-preview'), filename: '[name].js', clean: true },
  ...typescriptForBrowser(false),
  performance: { hints: false },
  plugins: [new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] })],
});
