// The publisher against the real broker: confirmed, persistent, with the envelope's properties.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidEventError, type EventEnvelope } from '@govconnect/contracts';
import { NotConnectedError, type Messaging } from '../src/index.ts';
import { BrokerFixture } from './support/broker.ts';
import { complaintCreated, takeoverStarted } from './support/events.ts';
import { metricValue, testMessaging } from './support/messaging.ts';

describe('publisher', () => {
  let broker: BrokerFixture;
  let messaging: Messaging;

  beforeAll(async () => {
    broker = await BrokerFixture.create('publisher');
    messaging = testMessaging(broker);
    await messaging.start();
  });

  afterAll(async () => {
    await messaging?.close();
    await broker?.cleanup();
  });

  it('when an event is published, then it is confirmed and arrives at a bound queue as persistent JSON with its properties', async () => {
    const probe = await broker.probe('complaint.created');
    const event = complaintCreated();

    await messaging.publish(event);

    const [message] = await broker.collect(probe, 1);
    expect(JSON.parse(message!.content.toString('utf8'))).toEqual(event);
    expect(message!.fields.routingKey).toBe('complaint.created');
    expect(message!.properties).toMatchObject({
      contentType: 'application/json',
      deliveryMode: 2,
      messageId: event.id,
      correlationId: event.correlationId,
      type: 'complaint.created',
      timestamp: Math.floor(Date.parse(event.occurredAt) / 1000),
      appId: 'messaging-test',
    });
    expect(await metricValue(messaging, 'messaging_published_total', { type: 'complaint.created' })).toBe(1);
  });

  it('when the payload breaks the contract, then publish throws InvalidEventError and sends nothing', async () => {
    const probe = await broker.probe('complaint.created');
    const event = complaintCreated();
    const broken = { ...event, payload: { ...event.payload, complaintId: 'not-an-id' } } as EventEnvelope;

    await expect(messaging.publish(broken)).rejects.toBeInstanceOf(InvalidEventError);
    await messaging.publish(complaintCreated());

    const messages = await broker.collect(probe, 1);
    expect(messages.map((m) => m.properties.messageId)).not.toContain(event.id);
  });

  it('when no queue is bound for the event, then it is still confirmed and counted as unroutable', async () => {
    await messaging.publish(takeoverStarted());

    expect(
      await metricValue(messaging, 'messaging_unroutable_total', { type: 'conversation.takeover.started' }),
    ).toBe(1);
  });

  it('when a service only publishes and its exchange was never declared, then it declares it on connecting and publishes', async () => {
    const producer = testMessaging(broker, { topology: broker.freshExchanges('producer-only') });
    try {
      await producer.start();
      await producer.publish(complaintCreated());

      expect(await metricValue(producer, 'messaging_published_total', { type: 'complaint.created' })).toBe(1);
      expect(producer.isConnected()).toBe(true);
    } finally {
      await producer.close();
    }
  });

  it('when the broker connection is not up, then publish rejects with NotConnectedError instead of dropping the event', async () => {
    const offline = testMessaging(broker);
    try {
      await expect(offline.publish(complaintCreated())).rejects.toBeInstanceOf(NotConnectedError);
      expect(offline.isConnected()).toBe(false);
    } finally {
      await offline.close();
    }
  });
});
