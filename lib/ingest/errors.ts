/** A file we refuse to import, with the reason an editor can act on. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "IngestError";
  }
}
