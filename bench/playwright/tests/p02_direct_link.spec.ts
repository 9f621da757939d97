// P2 Unbind a card through the direct link: the scenarios of features/p02_direct_link.feature, one test each.
import { test, expect, field, shown, urlIs } from './fixtures';

test('The link with locale=ru_RU, confirmed with OK', { tag: ['@P2', '@article-003', '@article-000', '@locale:ru_RU'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  const tab = await page.context().newPage();
  await tab.goto('https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU');
  await expect(shown(tab, 'Информация о карте').first()).toBeVisible();
  await expect(shown(tab, 'Visa •••• 4242').first()).toBeVisible();
  const alert5 = new Promise<string>((resolve) => tab.once('dialog', (d) => { resolve(d.message()); void d.accept(); }));
  await tab.getByRole('button', { name: 'Удалить карту', exact: true }).click();
  expect(await alert5).toContain('Удалить эту карту?');
  await expect(shown(tab, 'Карта удалена').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});

test('The /ihome/ address lists every card, old ones included', { tag: ['@P2', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }, { brand: 'Maestro', last4: '6759' }]);
  await buyer.signIn();
  const tab = await page.context().newPage();
  await tab.goto('https://intl.alipay.com/ihome/user/queryUserBindCard.htm');
  await expect(shown(tab, 'Visa •••• 4242').first()).toBeVisible();
  await expect(shown(tab, 'Maestro •••• 6759').first()).toBeVisible();
  const alert5 = new Promise<string>((resolve) => tab.once('dialog', (d) => { resolve(d.message()); void d.accept(); }));
  await tab.getByRole('button', { name: 'Delete card', exact: true }).first().click();
  await alert5;
  await expect(shown(tab, 'The card has been removed').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Maestro 6759']);
});

test('Dismissing the confirmation keeps the card', { tag: ['@P2', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  const tab = await page.context().newPage();
  await tab.goto('https://intl.alipay.com/user/queryUserBindCard.htm?locale=en_US');
  const alert3 = new Promise<string>((resolve) => tab.once('dialog', (d) => { resolve(d.message()); void d.dismiss(); }));
  await tab.getByRole('button', { name: 'Delete card', exact: true }).first().click();
  expect(await alert3).toContain('This cannot be undone');
  await expect(shown(tab, 'Visa •••• 4242').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Visa 4242']);
});

test('Without a storefront login the link sends the buyer to sign in first', { tag: ['@P2', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await page.goto('https://intl.alipay.com/user/queryUserBindCard.htm?locale=en_US');
  await expect(page).toHaveURL(urlIs('login.aliexpress.com/login.htm'));
  await field(page, 'Email').fill('buyer@example.com');
  await field(page, 'Password').fill('secret123');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(urlIs('intl.alipay.com/user/queryUserBindCard.htm'));
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  const alert8 = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.message()); void d.accept(); }));
  await page.getByRole('button', { name: 'Delete card', exact: true }).first().click();
  await alert8;
  await expect.poll(() => buyer.bound()).toEqual([]);
});

test('The Card Information block of intl.alipay.com', { tag: ['@P2', '@article-002'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'MasterCard', last4: '5454' }]);
  await buyer.signIn();
  const tab = await page.context().newPage();
  await tab.goto('https://intl.alipay.com/');
  await tab.getByRole('link', { name: 'Card Information', exact: true }).click();
  await expect(tab).toHaveURL(urlIs('intl.alipay.com/user/queryUserBindCard.htm'));
  const alert5 = new Promise<string>((resolve) => tab.once('dialog', (d) => { resolve(d.message()); void d.accept(); }));
  await tab.getByRole('button', { name: 'Delete card', exact: true }).first().click();
  await alert5;
  await expect(shown(tab, 'You have no bound cards').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});

test('After deleting the card the buyer signs out', { tag: ['@P2', '@article-000', '@article-003', '@locale:ru_RU'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  const tab = await page.context().newPage();
  await tab.goto('https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU');
  const alert3 = new Promise<string>((resolve) => tab.once('dialog', (d) => { resolve(d.message()); void d.accept(); }));
  await tab.getByRole('button', { name: 'Удалить карту', exact: true }).click();
  await alert3;
  await expect(shown(tab, 'Карта удалена').first()).toBeVisible();
  await tab.getByRole('button', { name: 'Выйти', exact: true }).click();
  await expect(tab).toHaveURL(urlIs('https://www.aliexpress.com/'));
  await expect(shown(tab, 'Войти').first()).toBeVisible();
  await tab.goto('https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU');
  await expect(tab).toHaveURL(urlIs('login.aliexpress.com/login.htm'));
});
