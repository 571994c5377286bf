/**
 * What the live clause index holds, directive by directive, so `chithi index` can update by
 * difference: a content hash and a document count per directive, and the hash of the settings.
 *
 * Why a second Meilisearch index (`<live>_manifest`) rather than a file: the manifest lives and dies
 * with the data it describes. A file beside the corpus would go on claiming an index that a wiped,
 * restarted or different Meilisearch no longer has; an index on the same server cannot. The search
 * key is scoped to the live index, so the manifest is not readable from the site.
 */
import { createHash } from 'node:crypto';
import type { Directive } from '../directive/schema.ts';
import type { ClauseDoc } from './clause-doc.ts';
import { clauseDocuments, DOCUMENT_FORMAT } from './documents.ts';

/** One entry per indexed directive; `SETTINGS_ENTRY` holds the settings' hash. */
export interface ManifestEntry {
  /** The directive id, or SETTINGS_ENTRY. */
  id: string;
  /**
   * sha256 of the directive as ingested. Hashing the directive, not its search documents, keeps a
   * run with nothing to do cheap (building the documents of 5,000 directives costs seconds); a change
   * to what documents.ts makes of a directive raises DOCUMENT_FORMAT, which forces a rebuild.
   */
  hash: string;
  /** How many documents it has in the clause index: ids `${directive}_0` … `${directive}_${count - 1}`. */
  count: number;
}

/** Directive ids are kebab-case ([a-z0-9-]), so an id with "_" can never be one of them. */
export const SETTINGS_ENTRY = '_settings';

export const manifestUid = (liveUid: string): string => `${liveUid}_manifest`;

export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The settings entry's hash: the index settings and the documents' format together. */
export const settingsHash = (settings: unknown): string => hashOf({ settings, documentFormat: DOCUMENT_FORMAT });

export interface PlannedDirective {
  directive: Directive;
  docs: ClauseDoc[];
  entry: ManifestEntry;
}

/** A directive's documents and its manifest entry. */
export function planDirective(directive: Directive): PlannedDirective {
  const docs = clauseDocuments(directive);
  return { directive, docs, entry: { id: directive.id, hash: hashOf(directive), count: docs.length } };
}

export interface IndexDiff {
  added: PlannedDirective[];
  changed: Array<PlannedDirective & { before: ManifestEntry }>;
  removed: ManifestEntry[];
  unchanged: number;
}

/** What differs between the corpus and the manifest of the live index; documents are built only for what differs. */
export function diffAgainstManifest(directives: readonly Directive[], manifest: readonly ManifestEntry[]): IndexDiff {
  const before = new Map(manifest.filter((e) => e.id !== SETTINGS_ENTRY).map((e) => [e.id, e]));
  const diff: IndexDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const directive of directives) {
    const old = before.get(directive.id);
    before.delete(directive.id);
    if (old && old.hash === hashOf(directive)) {
      diff.unchanged++;
      continue;
    }
    const planned = planDirective(directive);
    if (old) diff.changed.push({ ...planned, before: old });
    else diff.added.push(planned);
  }
  diff.removed = [...before.values()];
  return diff;
}

/** The ids of a directive's documents from `from` (inclusive) to its old count: what a shorter version leaves behind. */
export function staleIds(entry: ManifestEntry, from = 0): string[] {
  return Array.from({ length: Math.max(0, entry.count - from) }, (_, i) => `${entry.id}_${from + i}`);
}
