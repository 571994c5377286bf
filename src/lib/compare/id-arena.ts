/**
 * Feature-id vectors packed into shared chunks. Each Int32Array of its own costs V8 an ArrayBuffer
 * and an off-heap backing store: at 5,000 directives (400,000 clause and passage vectors) that
 * bookkeeping came to about 200 MB for some 40 MB of ids. A view into a chunk costs one small
 * object on the heap and nothing off it.
 */

/** Ids per chunk (4 MB): a few dozen chunks at 5,000 directives, one for the seeds. */
export const ARENA_CHUNK_IDS = 1 << 20;

export class IdArena {
  #chunk = new Int32Array(0);
  #used = 0;

  /** A copy of `ids` that lives in the arena; the caller may reuse `ids` afterwards. */
  store(ids: Int32Array): Int32Array {
    if (ids.length > this.#chunk.length - this.#used) {
      // The unused tail of the old chunk is lost: at most one vector's length per 4 MB.
      this.#chunk = new Int32Array(Math.max(ARENA_CHUNK_IDS, ids.length));
      this.#used = 0;
    }
    const view = this.#chunk.subarray(this.#used, this.#used + ids.length);
    view.set(ids);
    this.#used += ids.length;
    return view;
  }
}
