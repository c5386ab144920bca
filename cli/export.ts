import fs from "node:fs";

/** `export --story s1 --format csv [--out FILE]`: the same file the web's export button downloads. */
export async function runExport(options: { story: string; format: string; out?: string }): Promise<void> {
  const { exportStory } = await import("../server/export");
  const file = await exportStory(options.story, options.format);
  if (!options.out) {
    process.stdout.write(file.body);
    return;
  }
  fs.writeFileSync(options.out, file.body);
  console.error(`wrote ${file.filename.split(".").pop()} export of story ${options.story} to ${options.out}`);
}
