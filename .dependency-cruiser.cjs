/**
 * The project's dependency rules, checked by `npm run check` (`npm run deps`). Written for the
 * layout the README describes: src/lib is the pipeline, src/runtime runs it on a machine, the
 * pages and components read what src/lib builds, scripts/ is the command line and tests/ sits on
 * top. A folder that does not exist (yet) simply matches nothing.
 * tests/unit/checks/dependency-rules.test.ts proves each rule fails on a bad import.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'An import cycle, type-only imports included: move what both sides need into a module of its own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-stays-below',
      comment: 'src/lib is the pipeline: it never imports pages, components, runtime, scripts or tests.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^(src/pages|src/components|src/runtime|scripts|tests)/' },
    },
    {
      name: 'runtime-stays-below',
      comment: 'src/runtime runs the pipeline on a machine: it never imports pages, components, scripts or tests.',
      severity: 'error',
      from: { path: '^src/runtime/' },
      to: { path: '^(src/pages|src/components|scripts|tests)/' },
    },
    {
      name: 'no-tests-from-shipped-code',
      comment: 'What ships (src/, scripts/) never imports tests/.',
      severity: 'error',
      from: { path: '^(src|scripts)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'meilisearch-only-in-search',
      comment:
        'Only src/lib/search/ talks to Meilisearch through its client. (Tests may use the client directly: ' +
        'an independent reader of what the index holds.)',
      severity: 'error',
      from: { path: '^(src|scripts)/', pathNot: '^src/lib/search/' },
      to: { path: '(^|/)node_modules/meilisearch/' },
    },
    {
      name: 'diff-only-in-compare',
      comment: 'Only src/lib/compare/ computes text differences with the diff package.',
      severity: 'error',
      from: { path: '^(src|scripts)/', pathNot: '^src/lib/compare/' },
      to: { path: '(^|/)node_modules/diff/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing (a typo, a moved file): the rules above could not see it.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports count: a cycle through a type is still a knot in the layout.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.astro|\\.chithi)/' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.d.ts', '.mjs', '.js', '.svelte', '.astro', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
