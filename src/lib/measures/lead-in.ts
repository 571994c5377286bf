/**
 * A clause's lead-in: the sentence its children complete. It ends with a colon and introduces a list
 * ("Xét nghiệm SARS-CoV-2 cho các đối tượng sau:", "Tạm dừng các hoạt động sau đây:"); it is the
 * last sentence of the clause's text (earlier sentences are orders of their own).
 *
 * A heading that only names a topic ("2. Về thực hiện các biện pháp phòng, chống dịch:") is a
 * lead-in too, and passes down only what its words cue: generic words cue nothing.
 */
export interface LeadIn {
  text: string;
  /** Offset of the sentence in the clause's text. */
  start: number;
}

export function leadInSentence(text: string): LeadIn | null {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(':')) return null;
  // The sentence starts after the last full stop, semicolon or line break before the colon.
  const body = trimmed.slice(0, -1);
  const cut = Math.max(body.lastIndexOf('. '), body.lastIndexOf('; '), body.lastIndexOf('\n'));
  const start = cut < 0 ? 0 : cut + (body[cut] === '\n' ? 1 : 2);
  return { text: trimmed.slice(start), start };
}
