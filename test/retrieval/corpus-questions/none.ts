/**
 * Questions that nothing in the corpus answers (the `absent` patterns occur
 * in no document; checked before every run). The bot must abstain.
 */
import type { CorpusQuestionInput } from './schema.ts';

const none = (question: string, ...absent: string[]): CorpusQuestionInput => ({ kind: 'none', question, absent });

export const NONE: readonly CorpusQuestionInput[] = [
  none('How do these countries regulate TikTok?', 'tiktok'),
  none('What role does ChatGPT play in cyber defence?', 'chatgpt', 'large language model', 'generative'),
  none('What does Norway say about the Log4j vulnerability?', 'log4j', 'log4shell'),
  none('Which countries ban Huawei from their networks?', 'huawei'),
  none('Does any strategy require a software bill of materials?', 'bill of materials', '\\bSBOM'),
  none('What do the strategies say about the metaverse?', 'metaverse'),
  none('What does the EU Cyber Resilience Act require of manufacturers?', 'cyber resilience act'),
  none('Does Singapore follow the Digital Operational Resilience Act (DORA)?', '\\bDORA\\b', 'digital operational resilience'),
  none('How did Mexico respond to the Pegasus spyware?', 'pegasus', 'mexic'),
  none('What is the minimum wage for cybersecurity analysts in Malawi?', 'minimum wage'),
  none('What does the Counter Ransomware Initiative ask members to do?', 'counter.?ransomware'),
  none('How secure are electric vehicle charging stations in Austria?', 'electric vehicle', 'charging station'),
  none('How are smart meters secured in Uganda?', 'smart meter'),
  none('What is the Christchurch Call to eliminate terrorist content?', 'christchurch'),
  none('What does the Digital Services Act require from online platforms?', 'digital services act'),
  none('How many Starlink terminals are licensed in Lebanon?', 'starlink'),
  none('How does the Philippines regulate ride-hailing apps like Grab?', 'ride.?hailing', '\\bgrab\\b', '\\buber\\b'),
  none('What is the penalty for jaywalking in Singapore?', 'jaywalk'),
  none('Which countries regulate facial recognition cameras in stadiums?', 'facial recognition', 'stadium'),
  none('Which countries accept vaccine passports for travel?', 'vaccine passport'),
  none('How do the strategies handle space debris?', 'space debris'),
  none('Which country has a cyber ombudsman?', 'ombudsman'),
  none('What are the rules on intercepting WhatsApp messages?', 'whatsapp'),
  none('What does Austria say about Gaia-X?', 'gaia'),
  none('What does Belize say about the 2026 World Cup?', 'world cup'),
  none('What did the Lazarus Group steal from Bangladesh?', 'lazarus'),
  none('How do the strategies treat open RAN?', 'open ran', 'o-ran'),
];
