// The Playwright Test peer of unbind's benchmark: the same scenarios, the
// same sim (a running `unbind serve`), the same Chromium headless shell with
// the flags unbind starts it with, two workers and a fresh browser context
// per test. scripts/bench-playwright.sh sets the environment:
//   UNBIND_SIM_ADDR     the sim's loopback address (host:port)
//   UNBIND_ADMIN_TOKEN  its admin API token
//   UNBIND_HOST_RULES   the --host-resolver-rules unbind serve printed
//   UNBIND_CHROME       the Chromium headless shell binary
import { defineConfig } from '@playwright/test';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the peer through scripts/bench-playwright.sh`);
  return v;
}

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['dot']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    ignoreHTTPSErrors: true,
    trace: 'off',
    screenshot: 'off',
    video: 'off',
    launchOptions: {
      executablePath: required('UNBIND_CHROME'),
      // What unbind's browser is started with (steps/browser/flags.go),
      // less its proxy: the host rules close the network by themselves.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--host-resolver-rules=${required('UNBIND_HOST_RULES')}`,
        '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
        '--webrtc-ip-handling-policy=disable_non_proxied_udp',
        '--ignore-certificate-errors',
        '--disable-features=Translate,BlinkGenPropertyTrees,HttpsUpgrades,' +
          'WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,WebUIOmniboxPopup,OmniboxEverywhere,WebUILocationBar',
        '--renderer-process-limit=1',
      ],
    },
  },
});
