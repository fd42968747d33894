import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/commands/registry.ts';
import { ConversationStore } from '../../src/discord/conversations.ts';
import { ExpiringStore } from '../../src/discord/expiring-store.ts';
import { questionText } from '../../src/discord/message-ask.ts';
import { messageMenuCommands } from '../../src/discord/slash.ts';
import {
  asMessageReply,
  carriedNote,
  conversationButtonId,
  parseConversationButton,
  withConversationButton,
  withNotes,
} from '../../src/views/discord/conversation.ts';
import type { DiscordMessage } from '../../src/views/discord/message.ts';

const BOT = '123456789012345678';

describe('conversation pieces', () => {
  it('take mention markup out of a question, keeping its words', () => {
    expect(questionText(`<@${BOT}> What does Japan say?`)).toBe('What does Japan say?');
    expect(questionText(`<@!${BOT}>   and <@&${BOT}> <#${BOT}> partners?`)).toBe('and partners?');
    expect(questionText(`<@${BOT}>`)).toBe('');
  });

  it('make and read conversation button ids, and nothing else', () => {
    for (const kind of ['thread', 'show'] as const)
      expect(parseConversationButton(conversationButtonId({ kind, key: 'abc_DEF-12' }))).toEqual({ kind, key: 'abc_DEF-12' });
    expect(parseConversationButton('more:abc:3')).toBeUndefined();
    expect(parseConversationButton('thread:')).toBeUndefined();
  });

  it('add the button after the others, in rows of five', () => {
    const button = (n: number) => ({ type: 2, style: 2, label: `b${n}`, custom_id: `passage:${n}` }) as const;
    const message: DiscordMessage = { embeds: [], components: [{ type: 1, components: [1, 2, 3, 4, 5].map(button) }], allowedMentions: { parse: [] } };
    const withThread = withConversationButton(message, { kind: 'thread', key: 'k' });
    expect(withThread.components.map((r) => r.components.length)).toEqual([5, 1]);
    expect(withThread.components[1]?.components[0]).toMatchObject({ label: 'Follow up in a thread', custom_id: 'thread:k' });
  });

  it('say what a follow-up carried, and put notes above the text', () => {
    expect(carriedNote({ actor: 'japan', words: false }, 'CCB?', 'Japan')).toBe('Following up about Japan.');
    expect(carriedNote({ words: true }, 'What about CCB?', undefined)).toBe('Following up on “What about CCB?”.');
    expect(carriedNote({ words: false }, 'x', undefined)).toBeUndefined();
    expect(withNotes({ content: '**Q:** x' }, ['one', undefined]).content).toBe('-# one\n**Q:** x');
  });

  it('send a reply that pings nobody and is never ephemeral', () => {
    const sent = asMessageReply({ content: 'x', embeds: [], components: [], allowedMentions: { users: [BOT] }, flags: 64 });
    expect(sent).toEqual({ content: 'x', embeds: [], components: [], allowedMentions: { parse: [], repliedUser: false } });
  });

  it('keep conversations by answer, thread and key, apart, until they expire', () => {
    let now = 0;
    const store = new ConversationStore(new ExpiringStore({ ttlMs: 100, now: () => now }));
    const context = { topic: 'CCB', actor: 'japan' };
    store.set({ message: '1' }, context);
    const key = store.put({ topic: 'other' });
    expect(store.get({ message: '1' })).toEqual(context);
    expect(store.get({ thread: '1' })).toBeUndefined();
    expect(store.get({ key })).toEqual({ topic: 'other' });
    now = 100;
    expect(store.get({ message: '1' })).toBeUndefined();
  });

  it('define a message context-menu command from a command that offers one, and refuse one naming no string option', () => {
    const base = { name: 'q', description: 'd', options: [{ name: 'question', type: 'string', description: 'd' }], run: () => ({ kind: 'notice', text: '' }) };
    const command = validateCommand({ ...base, messageMenu: { name: 'Ask policy-bot', option: 'question' } }, 'q.ts');
    expect(messageMenuCommands([command])).toEqual([expect.objectContaining({ name: 'Ask policy-bot', type: 3 })]);
    expect(messageMenuCommands([validateCommand(base, 'q.ts')])).toEqual([]);
    expect(() => validateCommand({ ...base, messageMenu: { name: 'Ask', option: 'nope' } }, 'q.ts')).toThrow(/messageMenu\.option/u);
  });
});
