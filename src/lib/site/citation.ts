/**
 * A ready citation for one clause, as a reader pastes it into a report: "Mục 3, Công văn số
 * 329-CV/TU ngày 22/7/2021 của Ban Thường vụ Tỉnh ủy Thanh Hóa". The wording is the directive
 * module's (directive/clause-citation.ts), shared with the comparison page, so a clause is cited
 * the same way wherever the reader copies it.
 */
import { citeClause, citeDocument } from '../directive/clause-citation.ts';
import type { Clause, Directive } from '../directive/schema.ts';

export const directiveCitation = (d: Directive): string => citeDocument(d);

export const clauseCitation = (d: Directive, clause: Clause): string => citeClause(d, clause.id);
