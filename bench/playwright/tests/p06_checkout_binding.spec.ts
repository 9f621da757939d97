// P6 Bind a card at checkout: the scenarios of features/p06_checkout_binding.feature, one test each.
import { test, expect, field, shown, masked } from './fixtures';

for (const ex of [
  { brand: 'Visa', number: '4111 1111 1111 1111', card: 'Visa 1111', masked: 'Visa •••• 1111' },
  { brand: 'MasterCard', number: '5555 5555 5555 4444', card: 'MasterCard 4444', masked: 'MasterCard •••• 4444' },
  { brand: 'Maestro', number: '5018 0000 0000 0009', card: 'Maestro 0009', masked: 'Maestro •••• 0009' },
]) {
  test(`With the box left ticked, Save & Pay binds the ${ex.brand} card`, { tag: ['@P6', '@article-003', '@article-002'] }, async ({ page, buyer }) => {
    await buyer.create(false);
    await buyer.signIn();
    await page.getByRole('link', { name: 'Wireless Earbuds', exact: true }).click();
    await page.getByRole('link', { name: 'Buy now', exact: true }).click();
    await field(page, 'Card number').fill(`${ex.number}`);
    await field(page, 'CVV/CVC').fill('123');
    await field(page, 'Expiry date').fill('12/30');
    await field(page, 'Cardholder name').fill('IVAN PETROV');
    await page.getByRole('button', { name: 'Save & Pay', exact: true }).click();
    await expect(shown(page, 'Thank you! Your order has been placed.').first()).toBeVisible();
    await expect(shown(page, 'is now bound to Alipay and is your default card').first()).toBeVisible();
    await expect.poll(() => buyer.bound()).toEqual([`${ex.card}`]);
    await expect.poll(async () => (await buyer.cards()).find((c) => c.default)?.masked).toBe(masked(`${ex.card}`));
    await expect.poll(async () => (await buyer.orders()).length).toBe(1);
    await page.goto('https://www.aliexpress.com/checkout.htm');
    await expect(shown(page, `${ex.masked}`).first()).toBeVisible();
  });
}

test('A second card bound at checkout becomes the default', { tag: ['@P6', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://www.aliexpress.com/checkout.htm');
  await field(page, 'Card number').fill('5555 5555 5555 4444');
  await field(page, 'CVV/CVC').fill('123');
  await field(page, 'Expiry date').fill('12/30');
  await field(page, 'Cardholder name').fill('IVAN PETROV');
  await page.getByRole('button', { name: 'Save & Pay', exact: true }).click();
  await expect(shown(page, 'Thank you! Your order has been placed.').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Visa 4242', 'MasterCard 4444']);
  await expect.poll(async () => (await buyer.cards()).find((c) => c.default)?.masked).toBe(masked('MasterCard 4444'));
});

test('With the box unticked nothing is kept', { tag: ['@P6', '@article-003', '@article-002'] }, async ({ page, buyer }) => {
  await buyer.create(false);
  await buyer.signIn();
  await page.goto('https://www.aliexpress.com/checkout.htm');
  await field(page, 'Card number').fill('4111 1111 1111 1111');
  await field(page, 'CVV/CVC').fill('123');
  await field(page, 'Expiry date').fill('12/30');
  await field(page, 'Cardholder name').fill('IVAN PETROV');
  await field(page, 'Bind card to Alipay').uncheck();
  await page.getByRole('button', { name: 'Save & Pay', exact: true }).click();
  await expect(shown(page, 'Thank you! Your order has been placed.').first()).toBeVisible();
  await expect(shown(page, 'Paid with Visa •••• 1111').first()).toBeVisible();
  await expect(shown(page, 'is now bound to Alipay')).toHaveCount(0);
  await expect.poll(async () => (await buyer.orders()).length).toBe(1);
  await expect.poll(() => buyer.bound()).toEqual([]);
  await page.goto('https://www.aliexpress.com/checkout.htm');
  await expect(shown(page, 'No saved cards').first()).toBeVisible();
});

test('A card number that fails the check is refused; the rest of the form stays', { tag: ['@P6', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(false);
  await buyer.signIn();
  await page.goto('https://www.aliexpress.com/checkout.htm');
  await field(page, 'Card number').fill('4111 1111 1111 1112');
  await field(page, 'CVV/CVC').fill('123');
  await field(page, 'Expiry date').fill('12/30');
  await field(page, 'Cardholder name').fill('IVAN PETROV');
  await page.getByRole('button', { name: 'Save & Pay', exact: true }).click();
  await expect(shown(page, 'This card number is not valid: check the digits').first()).toBeVisible();
  await expect.poll(async () => (await buyer.orders()).length).toBe(0);
  await expect.poll(() => buyer.bound()).toEqual([]);
  await field(page, 'Card number').fill('4111 1111 1111 1111');
  await field(page, 'CVV/CVC').fill('123');
  await page.getByRole('button', { name: 'Save & Pay', exact: true }).click();
  await expect(shown(page, 'Thank you! Your order has been placed.').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Visa 1111']);
});

for (const ex of [
  { rule: '15 digits', number: '4111 1111 1111 111', cvv: '123', expiry: '12/30', message: 'The card number must have 16 digits' },
  { rule: 'a brand not taken', number: '3400 0000 0000 0000', cvv: '123', expiry: '12/30', message: 'We accept Visa, MasterCard and Maestro cards' },
  { rule: 'CVV of 2 digits', number: '4111 1111 1111 1111', cvv: '12', expiry: '12/30', message: 'The CVV/CVC must be 3 digits' },
  { rule: 'an expired card', number: '4111 1111 1111 1111', cvv: '123', expiry: '01/24', message: 'This card has expired' },
]) {
  test(`A card that breaks a rule is refused: ${ex.rule}`, { tag: ['@P6', '@article-003'] }, async ({ page, buyer }) => {
    await buyer.create(false);
    await buyer.signIn();
    await page.goto('https://www.aliexpress.com/checkout.htm');
    await field(page, 'Card number').fill(`${ex.number}`);
    await field(page, 'CVV/CVC').fill(`${ex.cvv}`);
    await field(page, 'Expiry date').fill(`${ex.expiry}`);
    await field(page, 'Cardholder name').fill('IVAN PETROV');
    await page.getByRole('button', { name: 'Save & Pay', exact: true }).click();
    await expect(shown(page, `${ex.message}`).first()).toBeVisible();
    await expect.poll(async () => (await buyer.orders()).length).toBe(0);
    await expect.poll(() => buyer.bound()).toEqual([]);
  });
}

test('The same binding with the Russian labels the article quotes', { tag: ['@P6', '@article-003', '@locale:ru_RU'] }, async ({ page, buyer }) => {
  await buyer.create(false);
  await buyer.signIn();
  await page.getByRole('link', { name: 'Беспроводные наушники', exact: true }).click();
  await page.getByRole('link', { name: 'Купить сейчас', exact: true }).click();
  await field(page, 'Номер карты').fill('4111 1111 1111 1111');
  await field(page, 'CVV/CVC').fill('123');
  await field(page, 'Срок действия').fill('12/30');
  await field(page, 'Имя владельца').fill('IVAN PETROV');
  await page.getByRole('button', { name: 'Сохранить & Оплатить', exact: true }).click();
  await expect(shown(page, 'Спасибо! Заказ оформлен.').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Visa 1111']);
});
