/**
 * The comparison's public shapes: what the view builders return and what the /so-sanh island
 * receives as plain JSON (no classes, no Maps, nothing that JSON.stringify would lose).
 *
 * Vietnamese terms: điều khoản = clause; văn bản = document (a directive); biện pháp = measure;
 * "cùng câu chữ" = same wording; "có điều chỉnh" = adapted; "diễn đạt riêng" = own wording;
 * "không có nội dung tương ứng" = nothing comparable.
 */

/** How a column's clause relates to the base clause; thresholds in labels.ts. */
export type ComparisonLabel = 'same-wording' | 'adapted' | 'own-wording' | 'nothing-comparable';

/**
 * One run of a column's text against the base.
 * - `same`: the same syllables, spelled the same way.
 * - `minor`: the same syllables once folded (a diacritic, a capital or punctuation differs:
 *   "vắc-xin" / "vắc xin", "Covid-19" / "COVID-19"); `base` holds the base's spelling.
 * - `added`: only in this column; `removed`: only in the base (shown struck through).
 */
export type SegmentKind = 'same' | 'added' | 'removed' | 'minor';

export interface DiffSegment {
  kind: SegmentKind;
  text: string;
  /** Part of a phrase (SHARED_PHRASE_SYLLABLES or more syllables) found in clauses of two or more provinces. */
  shared?: boolean;
  /** For `minor`: how the base spells it. */
  base?: string;
}

/** A directive as the comparison names it (enough for a column heading and a link). */
export interface DirectiveRef {
  id: string;
  provinceId: string | null;
  /** "Nghệ An". */
  province: string | null;
  /** ISO date, or null when the directive has none. */
  date: string | null;
  /** The day it sorts at (directive/date-order.ts): the date, else the earliest it can be. */
  orderDay?: string | null | undefined;
  /** The stored document name: "Chỉ thị số 07-CT/TU", "Thông báo kết luận (không số)". */
  title: string;
}

import type { ClauseNumber } from './against-template.ts';

/** One clause of one directive, with a ready citation. */
export interface ClauseRef {
  directive: DirectiveRef;
  clauseId: string;
  text: string;
  measures: string[];
  /** Where it stands in its directive: "Gạch đầu dòng thứ 2, Mục 3". */
  locator: string;
  /** "Mục 3, Chỉ thị số 07-CT/TU ngày 07/8/2021 của Ban Thường vụ Tỉnh ủy Nghệ An". */
  citation: string;
  /** The central templates it applies and the numbers of its own words (against-template.ts). */
  applies?: string[] | undefined;
  parameters?: ClauseNumber[] | undefined;
}

/** One directive's column in a side-by-side view. */
export interface Column {
  directive: DirectiveRef;
  /** The aligned clause; null when the directive says nothing comparable. */
  clause: ClauseRef | null;
  /** Similarity to the base clause, 0–1. */
  score: number;
  label: ComparisonLabel;
  /** The clause's text as runs against the base (empty without a clause). */
  segments: DiffSegment[];
}

/** "Compare this clause": the base clause and the closest clause of every other directive. */
export interface ClauseComparison {
  kind: 'clause';
  base: ClauseRef;
  /** The base's text as runs, with its shared phrases marked. */
  baseSegments: DiffSegment[];
  /**
   * Every directive but the base's, in date order (undated last); past MAX_SHOWN_COLUMNS comparable
   * ones, only the closest of them (shown-columns.ts).
   */
  columns: Column[];
  /** Comparable directives left out of `columns` (0 unless the corpus is very large). */
  hiddenColumns: number;
  /**
   * Directives not examined closely because a search for the base's distinctive words did not bring
   * them up (the browser's view of a large corpus, lib/compare/site/views.ts): taken as saying
   * nothing comparable. Absent when every directive was examined.
   */
  unexamined?: number;
}

/** "All clauses on masks": one column per directive that orders the measure. */
export interface MeasureComparison {
  kind: 'measure';
  measure: string;
  base: ClauseRef | null;
  baseSegments: DiffSegment[];
  /** In date order; past MAX_SHOWN_COLUMNS directives, only the closest to the base (shown-columns.ts). */
  columns: Column[];
  /** Directives ordering the measure left out of `columns` (0 unless the corpus is very large). */
  hiddenColumns: number;
  /** Directives that do not order the measure at all (the first MAX_ABSENT_LISTED of them, on the site). */
  absent: DirectiveRef[];
  /** Directives that do not order the measure beyond those in `absent`. */
  moreAbsent?: number;
}

export interface AlignedPair {
  a: ClauseRef;
  b: ClauseRef;
  score: number;
  label: ComparisonLabel;
  /** b's text against a. */
  segments: DiffSegment[];
}

/** "Compare Thanh Hóa 329-CV/TU with Nghệ An 07-CT/TU". */
export interface DirectiveComparison {
  kind: 'directives';
  a: DirectiveRef;
  b: DirectiveRef;
  pairs: AlignedPair[];
  /** Clauses with no counterpart in the other directive. */
  onlyInA: ClauseRef[];
  onlyInB: ClauseRef[];
  /** 0–1; see compare-directives.ts for how it is computed. */
  similarity: number;
}

/** A precedent finder answer: one clause of the corpus close to the reader's draft. */
export interface Precedent {
  directive: string;
  province: string | null;
  date: string | null;
  clauseId: string;
  text: string;
  score: number;
  citation: string;
}

/** A member of an instruction family: the passage of one clause that gives the instruction. */
export interface FamilyMember {
  directive: string;
  province: string | null;
  clauseId: string;
  /** UTF-16 offsets of the passage in the clause's text. */
  start: number;
  end: number;
  /** Similarity to the family's first member (its leader), 0–1. */
  score: number;
}

/** Clauses of different directives giving the same instruction (nhóm chỉ đạo cùng nội dung). */
export interface InstructionFamily {
  id: string;
  /** Measure ids most members are tagged with. */
  measures: string[];
  /** The member's wording closest to all the others. */
  representative: { directive: string; clauseId: string; text: string };
  members: FamilyMember[];
  /** How many distinct directives and provinces the members come from. */
  directives: number;
  provinces: number;
}
