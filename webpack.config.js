/* eslint-disable @typescript-eslint/no-var-requires */
/**
 * Bundles the task pane (React) and the ribbon command file for Excel.
 *   npm run build      → dist/ (production: minified, manifest URLs untouched)
 *   npm run dev-server → https://localhost:3000 with the Office dev certificate
 * The manifest and icons are copied so dist/ can be served as is.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

async function httpsOptions() {
  // office-addin-dev-certs installs a localhost CA trusted by Office; only the dev server needs it.
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.warn(`webpack: no Office dev certificate (${e && e.message}); run "npx office-addin-dev-certs install"`);
    return undefined;
  }
}

/** TypeScript sources for the browser, shared with webpack.preview.config.js. */
function typescriptForBrowser(sourceMap) {
  return {
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // The add-in bundle must never pull Node modules in; fail loudly if something tries.
      fallback: { fs: false, path: false, os: false, zlib: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap } } },
        },
      ],
    },
  };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = process.env.WEBPACK_SERVE === 'true';
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    ...typescriptForBrowser(dev),
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/commands/help.html',
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: serving
      ? {
          static: { directory: path.join(__dirname, 'dist') },
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          port: DEV_PORT,
        }
      : undefined,
  };
};

module.exports.typescriptForBrowser = typescriptForBrowser;
