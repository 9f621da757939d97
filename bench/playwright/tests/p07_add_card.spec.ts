// P7 Add or replace a card in the wallet: the scenarios of features/p07_add_card.feature, one test each.
import { test, expect, field, shown, masked, phone } from './fixtures';

test('A new card is charged $0.01, the phone gets an SMS, and it is verified after 24 hours', { tag: ['@P7', '@article-002', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Edit cards', exact: true }).click();
  await page.getByRole('link', { name: 'Add card', exact: true }).click();
  await field(page, 'Card number').fill('5555 5555 5555 4444');
  await field(page, 'CVV/CVC').fill('123');
  await field(page, 'Expiry date').fill('12/30');
  await field(page, 'Cardholder name').fill('IVAN PETROV');
  await page.getByRole('button', { name: 'Save card', exact: true }).click();
  await expect(shown(page, 'The card has been added. We charged US $0.01 to check it').first()).toBeVisible();
  await expect(shown(page, 'MasterCard •••• 4444').first()).toBeVisible();
  await expect(shown(page, 'Being verified (up to 24 hours)').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Visa 4242', 'MasterCard 4444']);
  await expect.poll(async () => (await buyer.cards()).find((c) => c.masked === 'MasterCard •••• 4444')?.verified).toBe(false);
  await expect.poll(async () => (await buyer.sms()).length).toBe(1);
  await page.goto(`https://mail.example.com/phone?number=${encodeURIComponent((await buyer.info()).phone)}`);
  await expect(shown(page, 'Alipay: US $0.01 was charged to MasterCard •••• 4444 to check the card.').first()).toBeVisible();
  await buyer.advance(24);
  await page.goto('https://intl.alipay.com/account/cards.htm');
  await expect(shown(page, 'Being verified')).toHaveCount(0);
  await expect.poll(async () => (await buyer.cards()).find((c) => c.masked === 'MasterCard •••• 4444')?.verified).toBe(true);
});

test("The $0.01 check shows in the wallet's History", { tag: ['@P7', '@article-002'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/account/cards/add.htm');
  await field(page, 'Card number').fill('4111 1111 1111 1111');
  await field(page, 'CVV/CVC').fill('123');
  await field(page, 'Expiry date').fill('12/30');
  await field(page, 'Cardholder name').fill('IVAN PETROV');
  await page.getByRole('button', { name: 'Save card', exact: true }).click();
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(shown(page, 'Card check charged to Visa •••• 1111').first()).toBeVisible();
  await expect(shown(page, '-US $0.01').first()).toBeVisible();
  await expect.poll(() => buyer.balance()).toBe('US $0.00');
});

test('A sixth card is refused', { tag: ['@P7', '@article-002'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '0001' }, { brand: 'Visa', last4: '0002' }, { brand: 'MasterCard', last4: '0003' }, { brand: 'MasterCard', last4: '0004' }, { brand: 'Visa', last4: '0005' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/account/cards.htm');
  await page.getByRole('link', { name: 'Add card', exact: true }).click();
  await field(page, 'Card number').fill('4111 1111 1111 1111');
  await field(page, 'CVV/CVC').fill('123');
  await field(page, 'Expiry date').fill('12/30');
  await field(page, 'Cardholder name').fill('IVAN PETROV');
  await page.getByRole('button', { name: 'Save card', exact: true }).click();
  await expect(shown(page, 'You can bind at most 5 cards. Delete a card to add another.').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Visa 0001', 'Visa 0002', 'MasterCard 0003', 'MasterCard 0004', 'Visa 0005']);
  await expect.poll(async () => (await buyer.sms()).length).toBe(0);
});

test('The wallet binds Visa and MasterCard only', { tag: ['@P7', '@article-002'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/account/cards/add.htm');
  await field(page, 'Card number').fill('5018 0000 0000 0009');
  await field(page, 'CVV/CVC').fill('123');
  await field(page, 'Expiry date').fill('12/30');
  await field(page, 'Cardholder name').fill('IVAN PETROV');
  await page.getByRole('button', { name: 'Save card', exact: true }).click();
  await expect(shown(page, 'The wallet binds Visa and MasterCard cards only').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Visa 4242']);
  await expect.poll(async () => (await buyer.sms()).length).toBe(0);
});

test('An expired card is replaced by deleting it and adding the reissued one', { tag: ['@P7', '@article-002', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242', expiry: '01/24' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Edit cards', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  await expect(shown(page, 'Expired').first()).toBeVisible();
  await page.getByRole('button', { name: 'Remove card', exact: true }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(shown(page, 'You have no bound cards').first()).toBeVisible();
  await page.getByRole('link', { name: 'Add card', exact: true }).click();
  await field(page, 'Card number').fill('4242 4242 4242 4242');
  await field(page, 'CVV/CVC').fill('123');
  await field(page, 'Expiry date').fill('12/30');
  await field(page, 'Cardholder name').fill('IVAN PETROV');
  await page.getByRole('button', { name: 'Save card', exact: true }).click();
  await expect(shown(page, 'Expires 12/30').first()).toBeVisible();
  await expect(shown(page, 'Expired')).toHaveCount(0);
  await expect.poll(() => buyer.bound()).toEqual(['Visa 4242']);
});

test('\'Добавить новую карту\', as the Russian article has it', { tag: ['@P7', '@article-003', '@locale:ru_RU'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'Мой AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'Мой Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Редактировать карты', exact: true }).click();
  await page.getByRole('link', { name: 'Добавить новую карту', exact: true }).click();
  await field(page, 'Номер карты').fill('5555 5555 5555 4444');
  await field(page, 'CVV/CVC').fill('123');
  await field(page, 'Срок действия').fill('12/30');
  await field(page, 'Имя владельца').fill('IVAN PETROV');
  await page.getByRole('button', { name: 'Сохранить карту', exact: true }).click();
  await expect(shown(page, 'Карта добавлена').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Visa 4242', 'MasterCard 4444']);
});

test("002's wallet: \"Manage your cards\", then \"Add card\"", { tag: ['@P7', '@article-002', '@profile:manage-cards'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Manage your cards', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  await page.getByRole('link', { name: 'Add card', exact: true }).click();
  await field(page, 'Card number').fill('5555 5555 5555 4444');
  await field(page, 'CVV/CVC').fill('123');
  await field(page, 'Expiry date').fill('12/30');
  await field(page, 'Cardholder name').fill('IVAN PETROV');
  await page.getByRole('button', { name: 'Save card', exact: true }).click();
  await expect(shown(page, 'MasterCard •••• 4444').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Visa 4242', 'MasterCard 4444']);
});
