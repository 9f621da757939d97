// P9 Unbind a card through the mobile site on a desktop: the scenarios of features/p09_mobile_site.feature, one test each.
import { test, expect, field, shown, urlIs } from './fixtures';

test('Settings, Help Center, the card question, the link, delete', { tag: ['@P9', '@article-003', '@article-002', '@locale:ru_RU'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  const tab = await page.context().newPage();
  await tab.goto('http://m.aliexpress.com/ru/index.htm');
  await expect(shown(tab, 'Центр помощи')).toHaveCount(0);
  await tab.getByRole('button', { name: 'Настройки', exact: true }).click();
  await tab.getByRole('link', { name: 'Центр помощи', exact: true }).click();
  await tab.getByRole('link', { name: 'Как я могу изменить информацию о карте в своём аккаунте?', exact: true }).click();
  await tab.getByRole('link', { name: 'Перейти к моим картам', exact: true }).click();
  await expect(tab).toHaveURL(urlIs('intl.alipay.com/user/queryUserBindCard.htm'));
  await expect(shown(tab, 'Visa •••• 4242').first()).toBeVisible();
  const alert10 = new Promise<string>((resolve) => tab.once('dialog', (d) => { resolve(d.message()); void d.accept(); }));
  await tab.getByRole('button', { name: 'Удалить карту', exact: true }).click();
  expect(await alert10).toContain('Удалить эту карту?');
  await expect(shown(tab, 'Карта удалена').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});

test('Signed in on the sign-in page, the http address in a new tab keeps the login', { tag: ['@P9', '@article-003', '@article-002', '@locale:ru_RU'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await page.goto('https://login.aliexpress.com/login.htm');
  await field(page, 'Электронная почта').fill('buyer@example.com');
  await field(page, 'Пароль').fill('secret123');
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  const tab = await page.context().newPage();
  await tab.goto('http://m.aliexpress.com/ru/index.htm');
  await expect(tab).toHaveURL(urlIs('https://m.aliexpress.com/ru/index.htm'));
  await expect(shown(tab, 'Ivan Petrov').first()).toBeVisible();
  await tab.getByRole('button', { name: 'Настройки', exact: true }).click();
  await tab.getByRole('link', { name: 'Центр помощи', exact: true }).click();
  await tab.getByRole('link', { name: 'Как я могу изменить информацию о карте в своём аккаунте?', exact: true }).click();
  await tab.getByRole('link', { name: 'Перейти к моим картам', exact: true }).click();
  await expect(tab).toHaveURL(urlIs('intl.alipay.com/user/queryUserBindCard.htm'));
  await expect(shown(tab, 'Visa •••• 4242').first()).toBeVisible();
});

test('Without the storefront login the link sends the buyer to sign in first', { tag: ['@P9', '@article-003', '@locale:ru_RU'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await page.goto('http://m.aliexpress.com/ru/index.htm');
  await page.getByRole('button', { name: 'Настройки', exact: true }).click();
  await page.getByRole('link', { name: 'Центр помощи', exact: true }).click();
  await page.getByRole('link', { name: 'Как я могу изменить информацию о карте в своём аккаунте?', exact: true }).click();
  await page.getByRole('link', { name: 'Перейти к моим картам', exact: true }).click();
  await expect(page).toHaveURL(urlIs('login.aliexpress.com/login.htm'));
  await expect.poll(() => buyer.bound()).toEqual(['Visa 4242']);
});
