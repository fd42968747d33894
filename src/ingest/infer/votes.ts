/** Counting votes for what a document is (its actor, its language) and taking the winner. */

/** The key with the most votes; on a tie, the one that reached that count first (Map order); undefined without votes. */
export function winner(votes: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [key, n] of votes) {
    if (n > most) {
      best = key;
      most = n;
    }
  }
  return best;
}
