import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * SECURITY.md names, for every claim, the test that shows it (`file` › "title"). This keeps those names
 * true: every cited file exists and holds a test with every cited title, so a renamed or deleted test
 * cannot leave a claim standing on nothing.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const doc = readFileSync(path.join(root, "SECURITY.md"), "utf8");

function resolveTestFile(cited: string): string {
  const candidates = [cited, path.join("tests/integration", cited)];
  const found = candidates.find((candidate) => existsSync(path.join(root, candidate)));
  if (!found) throw new Error(`SECURITY.md cites ${cited}, which does not exist`);
  return found;
}

/** Every `file.test.ts` › "title", "title" … in the threats table, as [file, title] pairs. */
function citations(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const match of doc.matchAll(/`([^`]+\.test\.ts)` › ((?:"[^"]+"(?:, )?)+)/g)) {
    const [, file = "", titles = ""] = match;
    for (const title of titles.matchAll(/"([^"]+)"/g)) pairs.push([file, title[1] ?? ""]);
  }
  return pairs;
}

describe("SECURITY.md", () => {
  const cited = citations();

  it("cites tests by title", () => {
    expect(cited.length).toBeGreaterThan(80);
  });

  it.each(cited)("%s › %s exists", (file, title) => {
    const source = readFileSync(path.join(root, resolveTestFile(file)), "utf8");
    expect(source, `${file} has no test titled "${title}"`).toContain(`"${title}"`);
  });

  it("cites only test files that exist", () => {
    for (const match of doc.matchAll(/`([^`\s]+\.test\.ts)`/g)) resolveTestFile(match[1] ?? "");
  });
});
