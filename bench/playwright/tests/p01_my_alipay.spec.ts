// P1 Unbind a card through My Alipay: the scenarios of features/p01_my_alipay.feature, one test each.
import { test, expect, field, shown, urlIs, buyerEmail, buyerPassword } from './fixtures';

test('Remove the only bound card, confirming in the page pop-up', { tag: ['@P1', '@article-001', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await page.goto(`https://login.aliexpress.com/login.htm?return_url=${encodeURIComponent('https://www.aliexpress.com/')}`);
  await field(page, 'Email').fill(buyerEmail);
  await field(page, 'Password').fill(buyerPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(urlIs('www.aliexpress.com/'));
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await expect(shown(page, 'My Account').first()).toBeVisible();
  await expect(shown(page, 'History').first()).toBeVisible();
  await page.getByRole('link', { name: 'Edit cards', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  await page.getByRole('button', { name: 'Remove card', exact: true }).first().click();
  await expect(shown(page, 'Remove this card?').first()).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(shown(page, 'The card has been removed').first()).toBeVisible();
  await expect(shown(page, 'Visa •••• 4242')).toHaveCount(0);
  await expect.poll(() => buyer.bound()).toEqual([]);
});

test('The removed card is no longer offered at checkout', { tag: ['@P1', '@article-001'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }, { brand: 'MasterCard', last4: '5454' }]);
  await buyer.signIn();
  await page.goto('https://www.aliexpress.com/checkout.htm');
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Edit cards', exact: true }).click();
  await page.getByRole('button', { name: 'Remove card', exact: true }).first().click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(shown(page, 'The card has been removed').first()).toBeVisible();
  await page.goto('https://www.aliexpress.com/checkout.htm');
  await expect(shown(page, 'MasterCard •••• 5454').first()).toBeVisible();
  await expect(shown(page, 'Visa •••• 4242')).toHaveCount(0);
});

test('Cancel in the pop-up keeps the card', { tag: ['@P1', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'MasterCard', last4: '5454' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Edit cards', exact: true }).click();
  await page.getByRole('button', { name: 'Remove card', exact: true }).first().click();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(shown(page, 'MasterCard •••• 5454').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['MasterCard 5454']);
});

test('Remove a second card by repeating the removal', { tag: ['@P1', '@article-001'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }, { brand: 'MasterCard', last4: '5454' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Edit cards', exact: true }).click();
  await page.getByRole('button', { name: 'Remove card', exact: true }).first().click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(shown(page, 'The card has been removed').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['MasterCard 5454']);
  await page.getByRole('button', { name: 'Remove card', exact: true }).first().click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(shown(page, 'You have no bound cards').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});

test('The card icon names itself on hover', { tag: ['@P1', '@article-001'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await expect(shown(page, 'SMS notifications')).toHaveCount(0);
  await page.getByRole('link', { name: 'Edit cards', exact: true }).hover();
  await expect(shown(page, 'Edit cards').first()).toBeVisible();
  await page.getByRole('link', { name: 'SMS notifications', exact: true }).hover();
  await expect(shown(page, 'SMS notifications').first()).toBeVisible();
});

test('The same path with the Russian labels the article quotes', { tag: ['@P1', '@article-003', '@locale:ru_RU'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'Мой AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'Мой Alipay', exact: true }).click();
  await expect(shown(page, 'Мой счёт').first()).toBeVisible();
  await page.getByRole('link', { name: 'Редактировать карты', exact: true }).click();
  await page.getByRole('button', { name: 'Удалить карту', exact: true }).click();
  await page.getByRole('button', { name: 'Удалить', exact: true }).click();
  await expect(shown(page, 'Карта удалена').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});

test("004's wallet: \"Payment history\" and \"My Account\", the icon reads \"Editing card\", \"Delete Card\", confirm", { tag: ['@P1', '@article-004', '@profile:editing-card'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await expect(shown(page, 'Payment history').first()).toBeVisible();
  await expect(shown(page, 'My Account').first()).toBeVisible();
  await expect(shown(page, 'Editing card')).toHaveCount(0);
  await page.getByRole('link', { name: 'Editing card', exact: true }).hover();
  await expect(shown(page, 'Editing card').first()).toBeVisible();
  await page.getByRole('link', { name: 'Editing card', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  await page.getByRole('button', { name: /^Delete Card$/i }).click();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(shown(page, 'The card has been removed').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});
