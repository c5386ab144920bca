import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
    },
  },
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "generated/**",
      "coverage/**",
      "test-results/**",
      "reports/**",
      ".stryker-tmp*/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
