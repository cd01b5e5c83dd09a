// 'server-only' throws outside a React Server environment; tests import data-layer code directly.
export {};
