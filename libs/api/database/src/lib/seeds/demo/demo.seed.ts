import { EntityManager } from 'typeorm';
import { CommendationEntity } from '../../entities';
import { eligibilityChains } from './chains';
import { CommendationSink, provincialCommendations } from './commendations';
import { insertAll, loadContext } from './context';
import { seedMeetings, seedMemberships2023 } from './meetings';
import { seedMovements } from './movements';
import { seedPledges } from './pledges';
import { centralCommendations } from './proposals';
import { Random } from './random';
import { RecipientPool } from './recipients';
import { seedTypicalExamples } from './typical-examples';
import { seedYearEnd2024 } from './year-end';

/** Fixed seed: every start loads the same dataset. */
const SEED = 'tdkt-demo-tdmnpb';

/**
 * Loads the TDMNPB demo dataset (2023–2024) built around the 29/7/2024 semi-annual meeting in Hòa Bình,
 * inside the caller's transaction, and returns a one-line summary of what it wrote.
 */
export async function seedDemoData(m: EntityManager): Promise<string> {
  const ctx = await loadContext(m);
  const rng = new Random(SEED);
  const memberships = await seedMemberships2023(ctx);
  const movements = await seedMovements(ctx);
  const pledges = await seedPledges(ctx);
  const meetings = await seedMeetings(ctx);

  // Hand-made histories first, so that random recipients never take their names.
  const pool = new RecipientPool(rng.fork('recipients'));
  const sink = new CommendationSink(ctx);
  eligibilityChains(ctx, pool, sink);
  provincialCommendations(ctx, pool, sink, rng.fork('provincial'));
  centralCommendations(ctx, pool, sink, rng.fork('central'));
  await insertAll(m, CommendationEntity, sink.rows);

  const examples = await seedTypicalExamples(ctx, pool, meetings, rng.fork('typical-examples'));
  const yearEnd = await seedYearEnd2024(ctx, rng.fork('year-end'));
  return [
    `${memberships} memberships for 2023`,
    `${movements.movements} movements with ${movements.results} results`,
    `${pledges.pledges} pledges with ${pledges.criteria} criteria and ${pledges.results} results`,
    `${sink.rows.length} commendations`,
    `${examples} typical examples`,
    `${meetings.length} meetings`,
    `the 2024 year-end review (${yearEnd.cards} score cards, ${yearEnd.ballots} ballots, ${yearEnd.elected.length} nomination)`,
  ].join(', ');
}
