// Decides whether a field name holds a credential, so its whole value is hidden whatever it looks like.

// Names are normalised (lower case, no separators) so `apiKey`, `API_KEY` and `x-internal-api-key` all match.
// `token` only matches at the end: `accessToken` is a secret, `tokenCount` and `promptTokens` are not.
const SENSITIVE_NAME =
  /secret|password|passwd|passphrase|apikey|authorization|cookie|credential|privatekey|token$|^jwt$/;

export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_NAME.test(key.toLowerCase().replace(/[-_\s]/g, ''));
}
