// P13 Registration closed since 1 January 2017: the scenarios of features/p13_registration_closed.feature, one test each.
import { test, expect, shown } from './fixtures';

test('Open Alipay Wallet Now is refused with a notice', { tag: ['@P13', '@article-004', '@profile:registration-closed'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Open Alipay Wallet Now', exact: true }).click();
  await expect(shown(page, 'Alipay has not accepted new registrations since 1 January 2017.').first()).toBeVisible();
  await expect(shown(page, 'Send confirmation email')).toHaveCount(0);
  await expect.poll(async () => (await buyer.mail()).length).toBe(0);
  await expect.poll(async () => (await buyer.info()).wallet).toBe('none');
});

test('An existing wallet user still sees and deletes cards', { tag: ['@P13', '@article-004', '@profile:registration-closed'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }, { brand: 'MasterCard', last4: '5454' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Edit cards', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  await expect(shown(page, 'MasterCard •••• 5454').first()).toBeVisible();
  await page.getByRole('button', { name: 'Remove card', exact: true }).first().click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(shown(page, 'The card has been removed').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['MasterCard 5454']);
});

test("000 and 003's wallet: Edit, Delete, a warning box with OK", { tag: ['@P13', '@article-000', '@article-003', '@profile:registration-closed+edit-delete+alert-confirm'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  const alert5 = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.message()); void d.accept(); }));
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  expect(await alert5).toContain('Remove this card? Visa •••• 4242.');
  await expect(shown(page, 'The card has been removed').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});

test('Dismissing the warning box keeps the card', { tag: ['@P13', '@article-003', '@profile:registration-closed+edit-delete+alert-confirm'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/account/cards.htm');
  const alert3 = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.message()); void d.dismiss(); }));
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await alert3;
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Visa 4242']);
});

test('The same with the Russian labels: «редактировать», «удалить», «ок»', { tag: ['@P13', '@article-003', '@locale:ru_RU', '@profile:registration-closed+edit-delete+alert-confirm'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'Мой AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'Мой Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Редактировать', exact: true }).click();
  const alert5 = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.message()); void d.accept(); }));
  await page.getByRole('button', { name: 'Удалить', exact: true }).click();
  expect(await alert5).toContain('Удалить эту карту?');
  await expect(shown(page, 'Карта удалена').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});

test('With a warning box in the page, \'OK\' confirms', { tag: ['@P13', '@article-000', '@profile:edit-delete'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/');
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(shown(page, 'Remove this card?').first()).toBeVisible();
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(shown(page, 'The card has been removed').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});
