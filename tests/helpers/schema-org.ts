import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// schema-dts is generated from schema.org's vocabulary: each type's properties sit in `interface TypeBase`, which
// extends its parent's. Reading that file gives every property a type may carry, with no download.
type Vocabulary = Map<string, { parents: string[]; properties: string[] }>;

function vocabulary(): Vocabulary {
  const entry = createRequire(import.meta.url).resolve("schema-dts");
  const text = fs.readFileSync(path.join(path.dirname(entry), "schema.d.ts"), "utf8");
  const types: Vocabulary = new Map();
  for (const m of text.matchAll(/^interface (\w+)Base extends ([^{]+)\{\n([\s\S]*?)^\}/gm)) {
    const parents = [...m[2]!.matchAll(/(\w+)Base\b/g)].map((p) => p[1]!);
    const properties = [...m[3]!.matchAll(/^ {4}"([^"]+)"\??:/gm)].map((p) => p[1]!);
    types.set(m[1]!, { parents, properties });
  }
  return types;
}

const known = vocabulary();

/** Every property schema.org allows on `type`, inherited ones included; throws on a type it does not define. */
export function propertiesOf(type: string): Set<string> {
  const entry = known.get(type);
  if (!entry) throw new Error(`schema.org defines no type ${type}`);
  return new Set([...entry.properties, ...entry.parents.flatMap((p) => [...propertiesOf(p)])]);
}

/** Where a JSON-LD node uses a property its type does not have, or names an unknown type: [] when it is valid. */
export function schemaOrgProblems(node: unknown, where = "$"): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => schemaOrgProblems(n, `${where}[${i}]`));
  if (typeof node !== "object" || node === null) return [];
  const record = node as Record<string, unknown>;
  const type = record["@type"];
  if (typeof type !== "string") return [`${where} has no @type`];
  if (!known.has(type)) return [`${where}: schema.org defines no type ${type}`];
  const allowed = propertiesOf(type);
  return Object.entries(record).flatMap(([key, value]) => {
    if (key === "@type" || key === "@context") return [];
    const here = allowed.has(key) ? [] : [`${where}: ${type} has no property ${key}`];
    return [...here, ...schemaOrgProblems(value, `${where}.${key}`)];
  });
}
