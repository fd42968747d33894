/** `/ingest` (admins, Discord only): reads an attached document and shows what it would add, with Add / Cancel. */
import { defineCommand } from '../src/commands/command.ts';
import { reply } from '../src/replies.ts';

export default defineCommand({
  name: 'ingest',
  description: 'Add a document (PDF, HTML, DOCX, TXT, MD) to the knowledge base (server managers).',
  options: [
    { name: 'file', type: 'attachment', required: true, discordOnly: true, description: 'The document: PDF, HTML, Word (.docx), plain text or Markdown' },
    { name: 'actor', type: 'string', autocomplete: 'actor', maxLength: 100, discordOnly: true, description: 'Whose document it is (inferred when left out)' },
    { name: 'title', type: 'string', maxLength: 200, discordOnly: true, description: 'Its title (inferred when left out)' },
    {
      name: 'published',
      type: 'string',
      maxLength: 10,
      discordOnly: true,
      description: 'When it was published: YYYY, YYYY-MM or YYYY-MM-DD (inferred when left out)',
    },
  ],
  admin: true,
  privateReplies: true,
  inTerminal: 'In a terminal, add documents with: policy-bot ingest FILE... (see policy-bot ingest --help).',
  async run({ file, actor, title, published }, { ingest }) {
    if (ingest === undefined) return reply('notice', { text: 'Adding documents is not available here.' }, { hide: true });
    const plan = await ingest.plan(file, { actor, title, published });
    return reply('ingest', { plan }, { hide: true });
  },
});
