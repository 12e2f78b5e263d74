import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { crossReads, tableOwners } from "@tabletap/server/db/table-owners";

/**
 * `npm run lint:tables`: every query in server/src sits in a repository file (`*.repository.ts`), and touches
 * a table only as server/src/db/table-owners.ts allows: its owner reads and writes it, a declared reader
 * reads it, nobody else uses it. Migrations and the database wiring are the exceptions.
 */
const root = join(import.meta.dirname, "../..");
const src = join(root, "server/src");
const EXEMPT = [/^db\//, /\.test\.ts$/];

// `sql` may carry its row type: sql<{ total: number }>`…`.
const QUERY_CALL =
  /\b(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql(<[^`]*?>)?`/;
const TABLE_USE =
  /\b(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*"(\w+)(?: as \w+)?"/g;
const WRITES = new Set(["insertInto", "updateTable", "deleteFrom", "replaceInto", "mergeInto"]);
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const byName = new Map<string, string>(
  Object.keys(tableOwners).flatMap((t) => [
    [t, t],
    [snake(t), t],
  ]),
);

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith(".ts")) yield path;
  }
}

/** The feature (or infrastructure folder) a file belongs to. */
function ownerOf(file: string): string {
  const parts = file.split("/");
  return parts[0] === "features" ? (parts[1] ?? "") : (parts[0] ?? "");
}

const problems: string[] = [];
let queries = 0;
for (const path of files(src)) {
  const file = relative(src, path);
  if (EXEMPT.some((pattern) => pattern.test(file))) continue;
  const text = readFileSync(path, "utf8");
  if (!QUERY_CALL.test(text)) continue;
  const where = ownerOf(file);
  if (!file.endsWith(".repository.ts") && where !== "queue") {
    problems.push(`${file}: a query outside a repository file`);
  }
  const uses: { table: string; write: boolean; line: number }[] = [];
  for (const match of text.matchAll(TABLE_USE)) {
    const table = byName.get(match[2] ?? "");
    if (!table) continue;
    queries++;
    const line = text.slice(0, match.index).split("\n").length;
    uses.push({ table, write: WRITES.has(match[1] ?? ""), line });
  }
  // Raw SQL names tables in snake_case after FROM, JOIN, UPDATE or INTO.
  for (const template of text.matchAll(/\bsql(?:<[^`]*?>)?`([^`]*)`/g)) {
    const body = template[1] ?? "";
    for (const match of body.matchAll(/\b(from|join|update|into)\s+"?(\w+)"?/gi)) {
      const table = byName.get(match[2] ?? "");
      if (!table) continue;
      queries++;
      const line = text.slice(0, template.index).split("\n").length;
      uses.push({ table, write: /update|into/i.test(match[1] ?? ""), line });
    }
  }
  for (const { table, write, line } of uses) {
    const owner = tableOwners[table as keyof typeof tableOwners];
    if (owner === where) continue;
    const reader = crossReads[where]?.tables.includes(table as keyof typeof tableOwners);
    if (!write && reader) continue;
    problems.push(
      `${file}:${line}: ${write ? "writes" : "reads"} ${table}, which ${owner} owns (ask its face${write ? "" : " or declare a cross read"})`,
    );
  }
}

if (problems.length > 0) {
  console.error(`${problems.length} table-ownership problems:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(`table ownership: ${queries} table uses, all in their owners' repositories`);
