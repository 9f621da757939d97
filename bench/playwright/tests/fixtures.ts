// Fixtures of the peer: each test gets a world of its own in the sim,
// made through the admin API of `unbind serve` and picked by the world
// cookie on every documented host, and a buyer to set up and check through
// the same API. Locators find fields and texts as a reader names them.
import { test as base, expect, devices, type APIRequestContext, type Page, type Locator } from '@playwright/test';

const simAddr = process.env.UNBIND_SIM_ADDR ?? '';
const adminToken = process.env.UNBIND_ADMIN_TOKEN ?? '';

// The documented hosts, from the host rules that map them to the sim.
const hosts = [...(process.env.UNBIND_HOST_RULES ?? '').matchAll(/MAP ([a-z0-9.-]+) 127\.0\.0\.1:\d+/g)].map((m) => m[1]);

export const buyerEmail = 'buyer@example.com';
export const buyerPassword = 'secret123';

type Card = { brand: string; last4: string; expiry?: string; origin?: string };

// Admin is the admin API of one world.
export class Admin {
  constructor(
    private readonly request: APIRequestContext,
    readonly id: string,
  ) {}

  async call<T = any>(method: string, path: string, data?: unknown): Promise<T> {
    const res = await this.request.fetch(`http://${simAddr}/_admin/worlds/${this.id}${path}`, {
      method,
      data,
      headers: { Authorization: `Bearer ${adminToken}` },
    });
    if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
    return res.status() === 204 ? (undefined as T) : res.json();
  }
}

// Buyer is buyer@example.com in the test's world.
export class Buyer {
  constructor(
    private readonly admin: Admin,
    private readonly page: Page,
  ) {}

  private get path() {
    return `/buyers/${encodeURIComponent(buyerEmail)}`;
  }

  async create(wallet: boolean, cards: Card[] = []) {
    await this.admin.call('POST', '/buyers', {
      email: buyerEmail,
      password: buyerPassword,
      name: 'Ivan Petrov',
      phone: '+7 900 000-00-00',
      wallet,
      cards,
    });
  }

  async saveInApp(brand: string, last4: string) {
    await this.admin.call('POST', `${this.path}/cards`, { brand, last4, origin: 'app' });
  }

  // signIn opens a storefront session in the sim, hands its cookie to the
  // browser as the sign-in page would, and opens the home page.
  async signIn() {
    const s = await this.admin.call('POST', `${this.path}/sessions`, { password: buyerPassword });
    await this.page.context().addCookies([{ name: s.cookie, value: s.value, domain: '.' + s.domain, path: '/' }]);
    await this.page.goto('https://www.aliexpress.com/');
  }

  cards(): Promise<{ brand: string; last4: string; masked: string; origin: string; default: boolean; verified: boolean }[]> {
    return this.admin.call('GET', `${this.path}/cards`);
  }

  async bound(origin = 'wallet') {
    return (await this.cards()).filter((c) => (c.origin || 'wallet') === origin).map((c) => `${c.brand} ${c.last4}`);
  }

  info(): Promise<{ wallet: string; secured: boolean; language?: string; balance: number; phone: string }> {
    return this.admin.call('GET', this.path);
  }

  async balance() {
    const cents = (await this.info()).balance;
    return `${cents < 0 ? '-' : ''}US $${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
  }

  mail(): Promise<{ to: string; subject: string; links: string[] }[]> {
    return this.admin.call('GET', `${this.path}/mail`);
  }

  async latestMail() {
    let box: Awaited<ReturnType<Buyer['mail']>> = [];
    await expect.poll(async () => (box = await this.mail()).length).toBeGreaterThan(0);
    return box[box.length - 1];
  }

  sms(): Promise<unknown[]> {
    return this.admin.call('GET', `${this.path}/sms`);
  }

  orders(): Promise<{ id: string }[]> {
    return this.admin.call('GET', `${this.path}/orders`);
  }

  async winDispute() {
    const orders = await this.orders();
    await this.admin.call('POST', `${this.path}/orders/${orders[orders.length - 1].id}/decision`, { buyer_wins: true });
  }

  async captcha(): Promise<string> {
    return (await this.admin.call('GET', '/captcha')).answer;
  }

  async advance(hours: number) {
    await this.admin.call('POST', '/clock', { advance: `${hours}h` });
  }
}

// field is the form field with that label or placeholder.
export function field(page: Page, label: string): Locator {
  return page
    .getByLabel(label, { exact: true })
    .or(page.getByPlaceholder(label, { exact: true }))
    .and(page.locator('input, select, textarea'))
    .filter({ visible: true })
    .first();
}

// shown is some visible text that holds text, letter case ignored.
export function shown(page: Page, text: string): Locator {
  return page.getByText(text).filter({ visible: true });
}

// urlIs matches a full URL, a host and path, or a path, as the address bar
// shows it.
export function urlIs(want: string): (url: URL) => boolean {
  return (url) => {
    const bare = (s: string) => s.replace(/\/$/, '');
    if (/^https?:\/\//.test(want)) return bare(url.href) === bare(want);
    if (want.startsWith('/')) return bare(url.pathname) === bare(want);
    return bare(url.host + url.pathname) === bare(want);
  };
}

export const phoneApp = 'https://m.aliexpress.com/app/';

type Fixtures = { admin: Admin; buyer: Buyer };

export const test = base.extend<Fixtures>({
  // admin makes the test's world, in the locale and profile of its tags,
  // plants the world cookie on every host, and drops the world after.
  admin: async ({ request, context }, use, testInfo) => {
    const opts: { locale?: string; profile?: string } = {};
    for (const t of testInfo.tags) {
      if (t.startsWith('@locale:')) opts.locale = t.slice('@locale:'.length);
      if (t.startsWith('@profile:')) opts.profile = t.slice('@profile:'.length);
    }
    const res = await request.post(`http://${simAddr}/_admin/worlds`, {
      data: opts,
      headers: { Authorization: `Bearer ${adminToken}` },
    });
    expect(res.status(), await res.text()).toBe(201);
    const admin = new Admin(request, (await res.json()).id);
    await context.addCookies(hosts.map((domain) => ({ name: 'unbind_world', value: admin.id, domain, path: '/' })));
    await use(admin);
    await admin.call('DELETE', '');
  },
  buyer: async ({ admin, page }, use) => {
    await use(new Buyer(admin, page));
  },
});

export { expect };

// masked is a card as the pages show it: "Visa 4242" is "Visa •••• 4242".
export function masked(card: string): string {
  const at = card.lastIndexOf(' ');
  return `${card.slice(0, at)} •••• ${card.slice(at + 1)}`;
}

// phone is the phone the mobile app runs on (what unbind emulates), in the
// run's browser.
const { defaultBrowserType: _browser, ...pixel5 } = devices['Pixel 5'];
export const phone = pixel5;
