export async function renderHtmlReport(_analysis: unknown): Promise<string> {
  throw new Error('--format html is not in this build yet');
}
