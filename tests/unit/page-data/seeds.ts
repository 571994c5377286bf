/** Kept so existing imports keep working: the seeds are read in one place, tests/setup/seeds.ts. */
export { SEED_NAMES, allSeeds, clause, seed } from '../../setup/seeds.ts';
