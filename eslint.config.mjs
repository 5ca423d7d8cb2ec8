// office-addin-lint picks this file up (`npm run lint`): Microsoft's Office add-in rules,
// plus the architecture rule that keeps src/core pure.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The same plugin instance as Microsoft's config (ESLint refuses a second copy under one name).
const tsPlugin = officeAddins.configs.react.find((c) => c.plugins?.["@typescript-eslint"]).plugins["@typescript-eslint"];

const NODE_BUILTINS = ["fs", "path", "os", "child_process", "worker_threads", "crypto", "url", "util", "stream", "zlib", "http", "https", "net", "events", "buffer"];

export default [
  { ignores: ["dist/**", "node_modules/**", "out/**", "test-artifacts/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "@typescript-eslint": tsPlugin },
    languageOptions: { parser: tsParser },
    rules: {
      "prettier/prettier": "off",
      // TypeScript checks names; the base rules misread type-only parameters.
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { args: "none", ignoreRestSiblings: true }],
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    // Build and worker scripts run on Node as CommonJS.
    files: ["*.js", "*.cjs", "bin/**/*.js", "src/cli/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly" },
    },
    rules: { "prettier/prettier": "off" },
  },
  {
    // The Office.js rules are for code that calls Office.js; ExcelJS and the core only look alike,
    // and the simulated host implements the Excel API (proxies, setters) rather than calling it.
    files: ["src/excel/sim/**/*.ts", "src/cli/**/*.ts", "src/core/**/*.ts", "test/**/*.ts", "bench/**/*.ts", "seeds/**/*.ts"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
    },
  },
  {
    // Property setters of the simulated proxies are written as arrows that queue a request.
    files: ["src/excel/sim/**/*.ts"],
    rules: { "no-setter-return": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: NODE_BUILTINS.map((name) => ({ name, message: "src/core is pure: no Node APIs (move this to src/cli)." })),
          patterns: [
            { group: ["node:*"], message: "src/core is pure: no Node APIs." },
            { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/core is pure: no UI (move this to src/taskpane)." },
            { group: ["@microsoft/office-js", "exceljs"], message: "src/core is pure: adapters read and write workbooks." },
            { group: ["**/excel/**", "**/cli/**", "**/taskpane/**", "**/commands/**"], message: "src/core must not reach into an adapter." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "Excel", message: "src/core is pure: no Office.js." }, { name: "Office", message: "src/core is pure: no Office.js." }, { name: "document", message: "src/core is pure: no DOM." }, { name: "window", message: "src/core is pure: no DOM." }],
    },
  },
];
