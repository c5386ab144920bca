// A Stryker ignorer (stryker.config.mjs `ignorers`): the sentences written for the editor — a finding's `summary`,
// a group's `verdictReason`, a name variant's `reason`, a fact link's `why` — are left unmutated. Their wording is
// not the product's judgement: a mutant there changes how a finding reads, never which finding is made, and each
// costs a full test run (about a second of CPU). Values the text carries are tested where they matter (verdict and
// quantity tests assert whole summaries). Listed as "ignored" in the report, with this reason.
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";

/** Object keys whose value is text for the editor. */
export const EDITOR_TEXT_KEYS = new Set(["summary", "verdictReason", "reason", "why"]);

const ignorer = {
  shouldIgnore(path) {
    const parent = path.parentPath?.node;
    if (parent?.type !== "ObjectProperty" || parent.value !== path.node) return undefined;
    const key = parent.key?.type === "Identifier" ? parent.key.name : parent.key?.value;
    return EDITOR_TEXT_KEYS.has(key) ? `text for the editor (${key}), not a judgement` : undefined;
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, "editor-text", ignorer)];
