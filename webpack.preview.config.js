/**
 * `npm run preview`: the production task pane on the SIMULATED Excel host,
 * beside an HTML rendering of the workbook (dist-preview/, served by
 * src/preview/server.ts). Separate from the add-in build so nothing of the
 * preview ends up in dist/.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

module.exports = (env, argv) => ({
  mode: argv.mode || 'development',
  devtool: false,
  entry: { preview: './src/preview/main.tsx' },
  output: { path: path.resolve(__dirname, env && env.out ? env.out : 'dist-preview'), filename: '[name].js', clean: true },
  resolve: {
    extensions: ['.ts', '.tsx', '.js'],
    fallback: { fs: false, path: false, os: false, zlib: false, stream: false, crypto: false },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: false } } },
      },
    ],
  },
  performance: { hints: false },
  plugins: [new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] })],
});
