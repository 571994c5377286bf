import { describe, expect, test } from 'vitest';
import { ARENA_CHUNK_IDS, IdArena } from '../../../src/lib/compare/id-arena.ts';

describe('IdArena', () => {
  test('stores a copy: the caller may reuse its buffer', () => {
    const arena = new IdArena();
    const work = Int32Array.of(3, 5, 8);
    const stored = arena.store(work);
    work.fill(0);
    expect([...stored]).toEqual([3, 5, 8]);
  });

  test('vectors stored earlier keep their ids when a new chunk begins', () => {
    const arena = new IdArena();
    const first = arena.store(Int32Array.of(1, 2));
    const large = arena.store(new Int32Array(ARENA_CHUNK_IDS).fill(7));
    const after = arena.store(Int32Array.of(9));
    expect([...first]).toEqual([1, 2]);
    expect(large.length).toBe(ARENA_CHUNK_IDS);
    expect([...after]).toEqual([9]);
  });

  test('a vector longer than a chunk gets a chunk of its own', () => {
    expect(new IdArena().store(new Int32Array(ARENA_CHUNK_IDS + 1)).length).toBe(ARENA_CHUNK_IDS + 1);
  });
});
