/**
 * Errors a service throws when a request cannot be carried out. Each carries the HTTP
 * status and a stable code; lib/http/error-response.ts turns them into the JSON shape.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequest extends DomainError {
  constructor(message: string, code = "bad_request") {
    super(400, code, message);
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = "Sign in to continue.") {
    super(401, "unauthenticated", message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = "You do not have access to this.") {
    super(403, "forbidden", message);
  }
}

export class NotFound extends DomainError {
  /** `hint`: what to check, after "… was not found." */
  constructor(what = "This", hint?: string) {
    super(404, "not_found", hint ? `${what} was not found. ${hint}` : `${what} was not found.`);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, code = "conflict", details?: unknown) {
    super(409, code, message, details);
  }
}

/** The work was handed in (perhaps from another tab): a client can offer to take it back. */
export class WorkSubmitted extends Conflict {
  constructor() {
    super("This work has been submitted, so it can no longer be changed.", "work_submitted");
  }
}

/** A change made on an older revision than the stored one; `current` is the stored record, for the client to choose. */
export class EditConflict<Current> extends Conflict {
  constructor(
    message: string,
    readonly current: Current,
  ) {
    super(message, "edit_conflict", { current });
  }
}

export class PayloadTooLarge extends DomainError {
  constructor(limitBytes: number) {
    const size = limitBytes >= 1024 * 1024 ? `${Math.round(limitBytes / (1024 * 1024))} MB` : `${Math.round(limitBytes / 1024)} KB`;
    super(413, "payload_too_large", `The request body is larger than ${size}.`);
  }
}

export class ValidationFailed extends DomainError {
  constructor(message: string, details?: unknown) {
    super(422, "validation_failed", message, details);
  }
}

export class PasswordChangeRequired extends DomainError {
  constructor() {
    super(403, "password_change_required", "Choose a new password first (your teacher reset it).");
  }
}

/** The client closed the connection before its request was read: nothing was done, and nobody hears the answer (nginx's 499). */
export class ClientClosedRequest extends DomainError {
  constructor() {
    super(499, "client_closed_request", "The connection closed before the request arrived.");
  }
}

export class UnsupportedMediaType extends DomainError {
  constructor(message = "Send the request body as JSON (Content-Type: application/json).") {
    super(415, "unsupported_media_type", message);
  }
}

/** Too many attempts from one account or address; `retryAfterSeconds` becomes the Retry-After header. */
export class TooManyRequests extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, "too_many_requests", message, { retryAfterSeconds });
  }
}

/** The route exists but not for this method; `allowed` becomes the Allow header. */
export class MethodNotAllowed extends DomainError {
  constructor(readonly allowed: string[]) {
    super(405, "method_not_allowed", `This API route answers ${allowed.join(", ")} only.`);
  }
}

/** A passing outage (the database cannot be reached, the server is stopping); `retryAfterSeconds` becomes the Retry-After header. */
export class ServiceUnavailable extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(503, "service_unavailable", message, { retryAfterSeconds });
  }
}
