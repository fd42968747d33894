/** A one-paragraph document of the made-up actor `norland`, for search tests that chunk their own passages. */
export const norlandDocument = (id: string, text: string) => ({
  id,
  title: id,
  actor: 'norland',
  topics: [],
  source: { publisher: 'p', title: 't', url: 'https://example.org/', retrieved: '2020-01-01' },
  file: `${id}.md`,
  paragraphs: [text],
});
