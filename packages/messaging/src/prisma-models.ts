// The two tables every service that publishes or consumes events adds to its own schema.prisma:
// this package reads and writes them with raw SQL, so the names and types here are a contract.

export const MESSAGING_PRISMA_MODELS = `model OutboxEvent {
  id          String    @id @db.Uuid
  type        String
  villageId   String    @map("village_id")
  envelope    Json
  createdAt   DateTime  @default(now()) @map("created_at") @db.Timestamptz(3)
  publishedAt DateTime? @map("published_at") @db.Timestamptz(3)
  attempts    Int       @default(0)
  lastError   String?   @map("last_error")

  @@index([publishedAt, createdAt])
  @@map("outbox_events")
}

model ProcessedEvent {
  consumer    String
  eventId     String   @map("event_id") @db.Uuid
  processedAt DateTime @default(now()) @map("processed_at") @db.Timestamptz(3)

  @@id([consumer, eventId])
  @@map("processed_events")
}
`;
