// The floors of scripts/, kept by a test: every file's imports (type imports, re-exports and dynamic imports
// included) are read with the TypeScript parser, and an import that goes up a floor or sideways to a sibling
// fails, naming the file, the names it imports and the floor it reached. Files of one floor may import each
// other, but never in a circle. The floors (README.md, "Voor ontwikkelaars"):
//
//   lib → snapshot → compute → generate
//                            → findings → prose ∥ figures → report → site ∥ pdf → pipeline and entry points
//
// generate/ writes synthetic snapshots: a tool beside the report's stages that reads the snapshot contract and
// compute's definitions, and only the entry points (and tests) use it.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SCRIPTS = join(import.meta.dirname, '..', 'scripts');

/** What each floor may import besides itself. `.` is scripts/ itself: the pipeline and the entry points. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  lib: [],
  snapshot: ['lib'],
  compute: ['lib', 'snapshot'],
  generate: ['lib', 'snapshot', 'compute'],
  findings: ['lib', 'snapshot', 'compute'],
  prose: ['lib', 'snapshot', 'compute', 'findings'],
  figures: ['lib', 'snapshot', 'compute', 'findings'],
  report: ['lib', 'snapshot', 'compute', 'findings', 'prose', 'figures'],
  site: ['lib', 'snapshot', 'compute', 'findings', 'prose', 'figures', 'report'],
  pdf: ['lib', 'snapshot', 'compute', 'findings', 'prose', 'figures', 'report'],
  '.': ['lib', 'snapshot', 'compute', 'generate', 'findings', 'prose', 'figures', 'report', 'site', 'pdf', '.'],
};

interface Import {
  /** Path of the importing file, relative to the scripts folder. */
  readonly from: string;
  /** Path of the imported file, relative to the scripts folder (may lie outside it: `../templates/…`). */
  readonly to: string;
  /** The names imported (`*` for a namespace or `export *`, `default`, `(side effect)` or `(dynamic)`). */
  readonly names: readonly string[];
}

const SOURCE = /\.(ts|mts|mjs|js)$/;

function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Every relative import of `file` (path relative to `root`). */
function importsOf(root: string, file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const out: Import[] = [];
  const add = (specifier: ts.Expression | undefined, names: string[]) => {
    if (!specifier || !ts.isStringLiteralLike(specifier) || !specifier.text.startsWith('.')) return;
    const to = relative(root, resolve(root, dirname(file), specifier.text)).split(sep).join('/');
    out.push({ from: file, to, names });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const names: string[] = [];
      if (clause?.name) names.push('default');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
      if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((e) => (e.propertyName ?? e.name).text));
      add(node.moduleSpecifier, clause ? names : ['(side effect)']);
    } else if (ts.isExportDeclaration(node)) {
      const clause = node.exportClause;
      add(node.moduleSpecifier, clause && ts.isNamedExports(clause) ? clause.elements.map((e) => (e.propertyName ?? e.name).text) : ['*']);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, [node.qualifier ? node.qualifier.getText(source) : '*']);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], ['(dynamic)']);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** `findings/rules/course.ts` → `findings`; `pipeline.ts` → `.`. */
const floorOf = (path: string) => (path.includes('/') ? path.split('/')[0]! : '.');

/** One Dutch-free line per import that breaks the floors, and one per circle of files. */
export function layerViolations(root: string): string[] {
  const files = sourceFiles(root);
  const known = new Set(files);
  const problems: string[] = [];
  const edges = new Map<string, Set<string>>();
  for (const file of files) {
    const floor = floorOf(file);
    const allowed = MAY_IMPORT[floor];
    if (!allowed) {
      problems.push(`${file}: the folder ${floor}/ is no floor; add it to MAY_IMPORT in tests/layers.test.ts and to the README`);
      continue;
    }
    for (const imp of importsOf(root, file)) {
      const target = floorOf(imp.to);
      const what = `${imp.names.join(', ')} from ${imp.to}`;
      if (imp.to.startsWith('..')) {
        problems.push(`${file} imports ${what}: outside scripts/`);
      } else if (target !== floor && !allowed.includes(target)) {
        const direction = MAY_IMPORT[target]?.includes(floor) ? 'up' : 'sideways';
        problems.push(`${file} imports ${what}: ${floor === '.' ? 'scripts/' : `${floor}/`} may not import ${target}/ (${direction}; it may import ${allowed.join(', ') || 'nothing'})`);
      }
      if (known.has(imp.to)) (edges.get(file) ?? edges.set(file, new Set()).get(file)!).add(imp.to);
    }
  }
  for (const circle of circles(files, edges)) problems.push(`files that import each other in a circle: ${circle.join(', ')}`);
  return problems;
}

/** The strongly connected components with more than one file (Tarjan), each in a stable order. */
function circles(files: readonly string[], edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const f of files) if (!index.has(f)) connect(f);
  return out;
}

describe('the floors of scripts/', () => {
  it('are kept: no import goes up or sideways, no files import each other in a circle', () => {
    expect(layerViolations(SCRIPTS)).toEqual([]);
  });

  it('fail on a planted upward import, a sideways import and a circle, naming file and names', () => {
    const root = mkdtempSync(join(tmpdir(), 'layers-'));
    try {
      cpSync(SCRIPTS, root, { recursive: true });
      writeFileSync(join(root, 'findings', 'planted.ts'), "import type { Writer } from '../prose/builder.ts';\nimport { piece as p } from '../prose/builder.ts';\nexport type W = Writer;\nexport const q = p;\n");
      writeFileSync(join(root, 'site', 'planted.ts'), "export { printReport } from '../pdf/edition.ts';\n");
      writeFileSync(join(root, 'lib', 'planted-a.ts'), "import { b } from './planted-b.ts';\nexport const a = () => b;\n");
      writeFileSync(join(root, 'lib', 'planted-b.ts'), "import type { a } from './planted-a.ts';\nexport const b = 1;\nexport type A = typeof a;\n");
      const problems = layerViolations(root);
      expect(problems).toContain('findings/planted.ts imports Writer from prose/builder.ts: findings/ may not import prose/ (up; it may import lib, snapshot, compute)');
      expect(problems).toContain('findings/planted.ts imports piece from prose/builder.ts: findings/ may not import prose/ (up; it may import lib, snapshot, compute)');
      expect(problems.find((p) => p.startsWith('site/planted.ts imports printReport from pdf/edition.ts: site/ may not import pdf/ (sideways;'))).toBeDefined();
      expect(problems).toContain('files that import each other in a circle: lib/planted-a.ts, lib/planted-b.ts');
      expect(problems.filter((p) => !p.includes('planted'))).toEqual(layerViolations(SCRIPTS));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
