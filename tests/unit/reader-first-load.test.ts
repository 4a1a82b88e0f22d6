import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext)]) if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  throw new Error(`${path.relative(root, from)}: cannot resolve ${specifier}`);
}

/** The modules a file needs when it runs: static imports and re-exports, not `import type`, not import(). */
function runtimeImports(file: string): { clientModule: boolean; specifiers: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly = clause?.isTypeOnly || (clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  const first = source.statements[0];
  const clientModule = Boolean(first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use client");
  return { clientModule, specifiers };
}

/**
 * What a route sends with its first HTML, as Next.js bundles it: every client component its server
 * components import shares the page's chunks, with all that those import in turn. Only a dynamic
 * import() (React.lazy, next/dynamic) makes a chunk of its own. Returns the project files and the
 * packages in that first load.
 */
function firstLoadOf(page: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClientCode: boolean) => {
    const key = `${inClientCode}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const { clientModule, specifiers } = runtimeImports(file);
    const client = inClientCode || clientModule;
    if (client) files.add(path.relative(root, file));
    for (const specifier of specifiers) {
      // A component's stylesheet is CSS, not a module with imports of its own.
      if (specifier.endsWith(".css")) continue;
      const local = resolveLocal(file, specifier);
      if (local) {
        // Server code outside app/ and components/ (services, the database) renders no client component.
        if (client || /^(app|components)\//.test(path.relative(root, local))) visit(local, client);
      } else if (client) {
        packages.add(specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!);
      }
    }
  };
  visit(path.join(root, page), false);
  return { files, packages };
}

describe("the assignment page's first load", () => {
  const { files, packages } = firstLoadOf("app/assignments/[id]/page.tsx");

  it("holds the student's reader: the viewer, the toolbar and popover, the save queue and the list", () => {
    for (const file of ["components/assignments/StudentWorkspace.tsx", "components/reader/ArticleViewer.tsx", "components/reader/TagToolbar.tsx", "components/reader/AnnotationPopover.tsx", "components/reader/annotation-sync.ts", "components/reader/AnnotationList.tsx"]) {
      expect(files).toContain(file);
    }
  });

  it("reaches TipTap and ProseMirror only through a dynamic import: the article editor comes after the page", () => {
    expect([...packages].filter((name) => name.startsWith("@tiptap/") || name.startsWith("prosemirror-"))).toEqual([]);
    expect(files).not.toContain("components/reader/ArticleEditor.tsx");
  });

  it("reaches the teacher's views and the class comparison only through a dynamic import", () => {
    const teacherOnly = [...files].filter((file) => /^components\/(compare|live)\//.test(file) || /(AnswerKeyWorkspace|AssignmentForm|SubmissionFeedbackForm|heatmap-)/.test(file));
    expect(teacherOnly).toEqual([]);
    expect(packages).not.toContain("chartist");
  });
});
