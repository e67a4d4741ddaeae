// The errors this package throws, and the one handlers throw to skip retries.

/**
 * Thrown by a handler when retrying cannot help (the event refers to something that will never
 * exist, a business rule rejects it): the message goes straight to the dead-letter queue.
 */
export class NonRetryableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NonRetryableError';
  }
}

/** The broker connection is down (or not yet up): nothing was sent. */
export class NotConnectedError extends Error {
  constructor(message = 'not connected to the message broker') {
    super(message);
    this.name = 'NotConnectedError';
  }
}

/** The broker did not confirm a publish (nack, timeout, channel closed, or nowhere to route it). */
export class PublishError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PublishError';
  }
}
