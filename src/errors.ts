/**
 * Failures a client can act on, raised by the write layer and turned into typed GraphQL results
 * (ValidationError, NotFoundError, ConflictError) by the schema.
 */

export interface InputProblem {
  /** Where in the input, e.g. `input.citations[0].quote`. */
  field: string;
  message: string;
}

export class InvalidInput extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(
      problems.length === 1
        ? `${problems[0]?.field}: ${problems[0]?.message}`
        : `${problems.length} problems: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
    );
    this.name = 'InvalidInput';
  }
}

export class NotFound extends Error {
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`No ${what} has the id "${id}".`);
    this.name = 'NotFound';
  }
}

export class Conflict extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Conflict';
  }
}
