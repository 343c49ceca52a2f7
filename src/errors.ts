/**
 * Typed errors. Readers never throw on content; they throw these only on a wrong argument or input
 * over a configured limit, or (XML and DOCX) on input that is unsafe or unreadable as a whole.
 *
 * @module
 */

/** Base class of every error vanban throws on purpose. */
export class VanbanError extends Error {
  /** Stable code, e.g. `input/too-large`. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Input over a size, count, depth or ratio limit; `limit` names the option that sets it. */
export class LimitExceededError extends VanbanError {
  constructor(
    readonly limit: string,
    readonly value: number,
    readonly max: number,
    what: string,
  ) {
    super('input/limit-exceeded', `${what}: ${value} exceeds the limit ${limit} = ${max}`);
  }
}

/**
 * A broken invariant of vanban itself (a dependency's output not shaped as it must be, a model
 * schema the XML mapping does not know): a bug to report, never a problem of the input.
 */
export class InternalError extends VanbanError {
  constructor(message: string) {
    super('internal/invariant', message);
  }
}

/** An argument of the wrong type (e.g. parseText given a Buffer). */
export class InvalidArgumentError extends VanbanError {
  constructor(message: string) {
    super('input/invalid-argument', message);
  }
}

/** XML that declares entities or a DTD, which vanban never expands (billion laughs, XXE). */
export class UnsafeXmlError extends VanbanError {
  constructor(message: string) {
    super('xml/unsafe', message);
  }
}

/** XML that is not well-formed. */
export class MalformedXmlError extends VanbanError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('xml/malformed', message, options);
  }
}

/**
 * Input that is not a usable DOCX package as a whole (random bytes, a truncated or corrupt zip,
 * an encrypted or legacy binary .doc). Content problems inside a readable DOCX are diagnostics.
 */
export class DocxError extends VanbanError {
  constructor(code: `docx/${string}`, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
