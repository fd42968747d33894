/**
 * Capacity building given or received: a strategy says both that its
 * country trains others ("we provide training to partner countries") and
 * that it is helped ("developed with the technical support of …"). Analysts
 * read the two apart. Plain English cue phrases; a sentence with neither, or
 * with both, is left without a direction (unsure means left out).
 */

/** Which way a capacity-building sentence goes, for the actor whose sentence it is. */
export type CapacityDirection = 'given' | 'received';

/** Help coming in: support, funding or assistance from someone else, a donor, a beneficiary. */
const RECEIVED =
  /\b(?:with (?:the )?(?:technical |financial |generous )?(?:support|assistance|help|funding|contribution) (?:of|from)|(?:supported|funded|financed|sponsored|assisted) by|(?:assistance|support|funding|grants?) (?:from|provided by)|donors?|beneficiary|benefit(?:s|ed|ted)? from|(?:received|receives|receiving) (?:\w+ ){0,3}(?:support|assistance|training|funding)|take (?:full )?advantage of (?:[\w-]+ ){0,3}capacity[- ]building)\b/iu;
/** Help going out: to other, partner, developing or neighbouring countries; as a donor. */
const GIVEN =
  /\b(?:(?:provid|offer|deliver|extend)(?:e|es|ed|ing|s)? (?:[\w-]+ ){0,5}(?:to|for) (?:our |its )?(?:other|partner|developing|neighbouring|neighboring|third|least developed|small island)|(?:support|assist|help|train)(?:s|ed|ing)? (?:[\w-]+ ){0,2}(?:other|partner|developing|neighbouring|neighboring|third|least developed) (?:countries|states|nations|economies)|(?:support|help|assist|train)(?:s|ed|ing)? (?:[\w-]+ ){0,3}(?:nations|countries|states|the region)|help (?:to )?raise (?:the )?(?:global|regional)|(?:deliver|design)(?:s|ed|ing)? (?:[\w-]+ ){0,3}capacity[- ]building (?:[\w-]+,? ){0,4}(?:in|for|with|to|among|amongst) (?:[\w-]+ ){0,3}(?:other|partner|developing|neighbouring|neighboring|third|least developed|member) (?:countries|states|nations|economies)|strengthen (?:the )?global cyber\w*|(?:the )?region(?:’|')s capacity[- ]building needs|capacity[- ]building (?:[\w-]+ ){0,3}in the (?:[\w-]+ ){0,2}region|(?:as|is) a donor|donor country|capacity[- ]building (?:programmes? |efforts? |assistance )?(?:in|for|with|to) (?:other|partner|developing|neighbouring|neighboring|third|least developed))\b/iu;

/** The direction of a capacity-building sentence: given, received, or undefined when it says neither (or both). */
export function capacityDirection(sentence: string): CapacityDirection | undefined {
  const given = GIVEN.test(sentence);
  const received = RECEIVED.test(sentence);
  if (given === received) return undefined;
  return given ? 'given' : 'received';
}
