// How the end-to-end tests and the benchmarks start Debian's Chromium on these machines: no
// sandbox (root), no GPU, and none of the background connections a closed network refuses.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
