/**
 * Windows-1252, the code page Western Windows uses, written out by hand.
 *
 * Why not `new TextDecoder('windows-1252')`: Node 20 decodes that label as ISO-8859-1,
 * turning 0x93 into the control U+0093 instead of “ (nodejs/node#56542). The two differ
 * only in 0x80–0x9F, so this table is those 32 bytes (from the WHATWG Encoding Standard's
 * index); the five bytes Windows leaves undefined read as the C1 control of the same
 * number, as browsers do. Everything else is Latin-1: byte n is U+00nn.
 */
const HIGH: readonly number[] = [
  /* 80 */ 0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, /* 88 */ 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, /* 90 */ 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  /* 98 */ 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const CHAR_OF_BYTE: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? (HIGH[byte - 0x80] ?? byte) : byte),
);

/** Character → its Windows-1252 byte. Both readings of 0x80–0x9F (the “ and the C1 control) map back. */
export const WINDOWS_1252_BYTE: ReadonlyMap<string, number> = new Map([
  ...Array.from({ length: 256 }, (_, byte): [string, number] => [String.fromCharCode(byte), byte]),
  ...CHAR_OF_BYTE.map((c, byte): [string, number] => [c, byte]),
]);

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (const byte of bytes) parts.push(CHAR_OF_BYTE[byte] ?? '');
  return parts.join('');
}
