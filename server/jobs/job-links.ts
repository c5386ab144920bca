/** Where a job's state can be read: JSON for clients, a page for people. */
export function jobLinks(jobId: number): { status: string; page: string } {
  return { status: `/api/import/jobs/${jobId}`, page: `/import/jobs/${jobId}` };
}
