// Test helpers for services built on service-kit (`@govconnect/service-kit/testing`).
export { captureLogs, type CapturedLogs, type LogRecord } from './capture-logs.ts';
export { startTestApp, startTestServer, type TestApp, type StartTestAppOptions } from './start-test-app.ts';
