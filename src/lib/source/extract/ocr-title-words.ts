/**
 * The document type's title line as OCR misreads it, put right: Tesseract's Vietnamese model reads
 * the tone mark of a bold capital "Ỉ" as an acute or a tilde ("CHÍ THỊ", "CHĨ THỊ" for "CHỈ THỊ"; seen
 * on two of five real provincial scans). Only a whole line that is nothing but the title is changed:
 * "CHÍ THỊ" alone on a line is no Vietnamese phrase, so reading it as the type invents nothing, and a
 * line with anything else on it is left as read.
 */
import type { LaidOutText } from './layout.ts';

const TITLE_MISREADINGS: readonly { misread: RegExp; title: string }[] = [
  { misread: /^CH[ÍÌĨỊIÎ]\s+TH[ỊIÍÌỈĨ]$/u, title: 'CHỈ THỊ' },
  { misread: /^CÔNG\s+Đ[IlÍÌỈĨỊ1]ỆN$/u, title: 'CÔNG ĐIỆN' },
];

export function repairTitleLines(laid: LaidOutText): LaidOutText {
  return { ...laid, lines: laid.lines.map(repairTitleLine) };
}

function repairTitleLine(line: string): string {
  const trimmed = line.trim();
  const repair = TITLE_MISREADINGS.find((r) => r.misread.test(trimmed));
  return repair ? line.replace(trimmed, repair.title) : line;
}
