// Registers each shared journey as a test; the config runs this file once per engine.
import { JOURNEYS } from './journeys';
import { test } from './fixtures';

for (const journey of JOURNEYS) {
  test(journey.name, ({ driver }) => journey.run(driver));
}
