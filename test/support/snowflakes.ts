/** Fresh Discord-style ids (snowflakes) for fakes and test payloads: 18–19 digits, increasing. */

const DISCORD_EPOCH = 1_420_070_400_000n;
let counter = 0n;

/** A new snowflake, unique within the process. */
export function nextSnowflake(): string {
  counter += 1n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) + (counter & 0x3fffffn)).toString();
}
