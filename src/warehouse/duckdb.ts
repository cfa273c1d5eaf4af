export async function countWithDuckDb(_files: string[], _days: number[], _errors: string[]): Promise<never> {
  throw new Error('--engine duckdb is not in this build yet');
}
