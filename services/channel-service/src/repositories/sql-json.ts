// JSON for set-based statements (jsonb_to_recordset). PostgreSQL text and jsonb cannot hold U+0000,
// which is valid JSON: a webhook carrying it must still be stored (a 503 would make Meta redeliver it
// for days), so the character is dropped.
export function sqlJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'string' ? v.replaceAll('\u0000', '') : v,
  );
}
