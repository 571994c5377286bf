/**
 * Feature-id vectors packed into shared chunks. Each Int32Array of its own costs V8 an ArrayBuffer
 * and an off-heap backing store, and 5,000 directives make one vector per clause and per passage.
 * A view into a chunk costs one small object on the heap and nothing off it.
 */

/** Ids per chunk at most (4 MB): a few dozen chunks at 5,000 directives. */
export const ARENA_CHUNK_IDS = 1 << 20;
/**
 * The first chunk's ids (64 KB); each next chunk doubles up to ARENA_CHUNK_IDS. The browser builds
 * indexes of a few directives, one per view: a 4 MB chunk for each would be mostly empty.
 */
export const FIRST_CHUNK_IDS = 1 << 14;

export class IdArena {
  #chunk = new Int32Array(0);
  #used = 0;

  /** A copy of `ids` that lives in the arena; the caller may reuse `ids` afterwards. */
  store(ids: Int32Array): Int32Array {
    if (ids.length > this.#chunk.length - this.#used) {
      // The unused tail of the old chunk is lost: at most one vector's length per 4 MB.
      const size = this.#chunk.length === 0 ? FIRST_CHUNK_IDS : Math.min(ARENA_CHUNK_IDS, 2 * this.#chunk.length);
      this.#chunk = new Int32Array(Math.max(size, ids.length));
      this.#used = 0;
    }
    const view = this.#chunk.subarray(this.#used, this.#used + ids.length);
    view.set(ids);
    this.#used += ids.length;
    return view;
  }
}
