/** Raised for input the engine refuses, with a message fit to show the person who uploaded it. */
export class ExtractionInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionInputError';
  }
}
