// @govconnect/messaging: RabbitMQ events with publisher confirms, a transactional outbox,
// idempotent consumers with retries and dead-letter queues, and their metrics.
export { Messaging, type MessagingOptions, type RelayOptions } from './messaging.ts';
export { ConnectionManager, type ConnectionOptions, type ConnectionSetup } from './connection.ts';
export { Publisher, eventProperties, type PublisherOptions } from './publisher.ts';
export {
  Consumer,
  DEFAULT_CONSUMER_BACKOFF,
  DEFAULT_MAX_ATTEMPTS,
  type ConsumeOptions,
  type ConsumerDeps,
  type EnvelopeFor,
} from './consumer.ts';
export type { EventHandler, HandlerContext } from './handle-delivery.ts';
export { OutboxWriter, outboxInsertFrom, writeOutbox, type OutboxWriterOptions } from './outbox-writer.ts';
export {
  OutboxRelay,
  INVALID_ENVELOPE_ERROR_PREFIX,
  type OutboxRelayOptions,
  type EventPublisher,
} from './outbox-relay.ts';
export { redrive, type RedriveOptions, type RedriveResult } from './redrive.ts';
export { MessagingMetrics, type ConsumeOutcome } from './metrics.ts';
export {
  DEFAULT_EXCHANGES,
  resolveExchanges,
  deadLetterQueueName,
  retryQueueName,
  declareExchanges,
  declareConsumerTopology,
  topicMatches,
  type ExchangeNames,
  type ConsumerTopology,
} from './topology.ts';
export { HEADERS, type DeadLetterReason } from './headers.ts';
export { NonRetryableError, NotConnectedError, PublishError } from './errors.ts';
export { backoffDelay, retryDelays, type BackoffPolicy } from './backoff.ts';
export { MESSAGING_PRISMA_MODELS } from './prisma-models.ts';
export type { SqlClient, TransactionalClient, TransactionOptions } from './sql-client.ts';
export type { RunInContext, GetCorrelationId } from './context.ts';
export { silentLogger, type Logger } from './logger.ts';
