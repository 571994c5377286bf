import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What `chithi ingest` makes of one entry of content/directives/, before reading anything:
 * - `document`: a regular file, handed to `readSource` (which accepts it or says why not);
 * - `sidecar`: a regular `x.meta.yaml` beside a document `x.*` (the overrides of that document);
 * - `skipped`: not read at all, with the reason the report prints.
 */
export type SourceEntry =
  | { kind: 'document'; name: string; path: string; sidecar: string | null }
  | { kind: 'sidecar'; name: string; path: string; of: string[] }
  | { kind: 'skipped'; name: string; path: string; reason: string };

const SIDECAR_SUFFIX = '.meta.yaml';

/**
 * Editors and office suites leave these beside the file being edited: "x.txt~" (Emacs, gedit),
 * "x.bak", "#x.txt#" (Emacs auto-save), "x.orig" (merge tools), "x.tmp". Reading them would publish
 * a second, stale copy of a directive.
 */
const EDITOR_LEFTOVER = /(?:~|\.bak|\.orig|\.tmp|\.swp)$|^#.*#$/i;

/**
 * Lists every entry of `dir` (not its subfolders), in file-name order by code point (the same order
 * on every machine), and says of each what ingest will do with it. Only regular files are ever read:
 * the type comes from `lstat`, so a symbolic link is reported as one and never followed (a link to
 * /etc/passwd must not end up published), nor are FIFOs (reading one blocks forever), devices or
 * folders. Only a folder that cannot be listed throws.
 */
export async function listSourceDir(dir: string): Promise<SourceEntry[]> {
  const names = (await readdir(dir)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const typed = await Promise.all(
    names.map(async (name) => ({ name, path: join(dir, name), type: await typeOf(join(dir, name)) })),
  );
  const twinOf = unicodeTwins(typed.filter((e) => e.type === 'file').map((e) => e.name));
  const documentStems = new Map<string, string[]>();
  const sidecars = new Map(
    typed.filter((e) => e.type === 'file' && e.name.endsWith(SIDECAR_SUFFIX)).map((e) => [e.name, e.path]),
  );
  for (const entry of typed) {
    if (twinOf.has(entry.name)) continue;
    if (entry.type !== 'file' || entry.name.endsWith(SIDECAR_SUFFIX) || skipReason(entry.name, 'file')) continue;
    const stem = stemOf(entry.name);
    documentStems.set(stem, [...(documentStems.get(stem) ?? []), entry.name]);
  }
  return typed.map(({ name, path, type }): SourceEntry => {
    const twin = twinOf.get(name);
    const reason = twin ? twinReason(twin) : skipReason(name, type);
    if (reason) return { kind: 'skipped', name, path, reason };
    if (name.endsWith(SIDECAR_SUFFIX)) {
      const of = documentStems.get(name.slice(0, -SIDECAR_SUFFIX.length)) ?? [];
      if (of.length === 0) {
        const stem = name.slice(0, -SIDECAR_SUFFIX.length);
        return {
          kind: 'skipped',
          name,
          path,
          reason: `a sidecar with no document beside it (no ${stem}.* to go with it)`,
        };
      }
      return { kind: 'sidecar', name, path, of };
    }
    const sidecar = sidecars.get(`${stemOf(name)}${SIDECAR_SUFFIX}`);
    return { kind: 'document', name, path, sidecar: sidecar ?? null };
  });
}

/**
 * Names that differ only in how their accents are stored: "Huế" typed on Windows is one code point
 * per letter (NFC), the same name copied from a Mac is "e" + two combining marks (NFD). Linux keeps
 * both as two files, which look the same in every listing: two copies of one directive. Of each
 * group the NFC name is read; the others map to it and are skipped with a note.
 */
function unicodeTwins(names: readonly string[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const key = name.normalize('NFC');
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  const twins = new Map<string, string>();
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const kept = group.includes(key) ? key : group[0]!;
    for (const name of group) if (name !== kept) twins.set(name, kept);
  }
  return twins;
}

function twinReason(kept: string): string {
  return (
    `the same name as “${kept}”, with its accents stored another way (Unicode NFD instead of NFC, as a Mac ` +
    'writes them): only that file is read, so the directive is not published twice ' +
    '(remove one of the two; if they are different documents, rename this one)'
  );
}

type EntryType = 'file' | 'folder' | 'symlink' | 'fifo' | 'device' | 'socket' | 'gone';

async function typeOf(path: string): Promise<EntryType> {
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return 'symlink';
    if (info.isFile()) return 'file';
    if (info.isDirectory()) return 'folder';
    if (info.isFIFO()) return 'fifo';
    if (info.isSocket()) return 'socket';
    return 'device';
  } catch {
    return 'gone';
  }
}

const NOT_A_FILE: Record<Exclude<EntryType, 'file'>, string> = {
  folder: 'a folder (subfolders are not read; move its files up to read them)',
  symlink: 'a symbolic link (only regular files inside the folder are read; copy the file here instead)',
  fifo: 'a named pipe (FIFO), not a regular file',
  device: 'a device, not a regular file',
  socket: 'a socket, not a regular file',
  gone: 'it disappeared while the folder was being listed',
};

function skipReason(name: string, type: EntryType): string | null {
  if (name.startsWith('.')) return 'a hidden file (its name starts with a dot)';
  if (EDITOR_LEFTOVER.test(name)) return 'an editor backup or temporary file';
  if (type === 'folder' && name.endsWith(SIDECAR_SUFFIX)) return 'a sidecar that is a folder, not a file';
  if (type !== 'file') return NOT_A_FILE[type];
  return null;
}

/** "x.txt" → "x", as `overridesPath` pairs a document with its sidecar ("x.meta.yaml"). */
function stemOf(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}
