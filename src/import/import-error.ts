// Why one document could not be imported, with a stable code; the message says what to do.

/** The ways a document can fail to import. */
export type ImportErrorCode =
  | "NOT_FOUND"
  | "EMPTY"
  | "TOO_LARGE"
  | "WRONG_TYPE"
  | "UNSUPPORTED"
  | "PASSWORD"
  | "NO_TEXT"
  | "NO_TITLE"
  | "UNREADABLE"
  | "HTTP_STATUS"
  | "ERROR_PAGE"
  | "REDIRECT_LOOP"
  | "REDIRECT_NOTICE"
  | "TIMEOUT"
  | "NETWORK"
  | "CREDENTIALS"
  | "BAD_ADDRESS";

/**
 * One document (file or URL) that was not imported. The message completes a line that starts
 * with the file's name: `scan.pdf: no text in this PDF: it needs OCR first`.
 */
export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = "ImportError";
    this.code = code;
  }
}

/** True for an ImportError, so callers can tell a bad document from a bug. */
export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
