// office-addin-lint picks this file up (`npm run lint`): Microsoft's Office add-in rules,
// plus the architecture rule that keeps src/core pure.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const NODE_BUILTINS = ["fs", "path", "os", "child_process", "worker_threads", "crypto", "url", "util", "stream", "zlib", "http", "https", "net", "events", "buffer"];

export default [
  { ignores: ["dist/**", "node_modules/**", "out/**", "test-artifacts/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser },
    rules: {
      "prettier/prettier": "off",
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
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
