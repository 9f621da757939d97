// P10 Unbind a card through Settings and Card management: the scenarios of features/p10_card_management.feature, one test each.
import { test, expect, shown } from './fixtures';

test('Settings, Card management, Delete card', { tag: ['@P10', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }, { brand: 'MasterCard', last4: '5454' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('link', { name: 'Card management', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  await page.getByRole('button', { name: 'Delete card', exact: true }).first().click();
  await expect(shown(page, 'The card and all its data will be deleted.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(shown(page, 'The card has been removed').first()).toBeVisible();
  await expect(shown(page, 'Visa •••• 4242')).toHaveCount(0);
  await expect.poll(() => buyer.bound()).toEqual(['MasterCard 5454']);
});

test('Cancel keeps the card', { tag: ['@P10', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/account/settings.htm');
  await page.getByRole('link', { name: 'Card management', exact: true }).click();
  await page.getByRole('button', { name: 'Delete card', exact: true }).first().click();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Visa 4242']);
});

test('The same path with the Russian labels the article quotes', { tag: ['@P10', '@article-003', '@locale:ru_RU'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'Мой AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'Мой Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Настройки', exact: true }).click();
  await page.getByRole('link', { name: 'Управление картами', exact: true }).click();
  await page.getByRole('button', { name: 'Удалить карту', exact: true }).click();
  await page.getByRole('button', { name: 'Удалить', exact: true }).click();
  await expect(shown(page, 'Карта удалена').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});
