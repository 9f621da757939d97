// P12 Where the money of a won dispute goes: the scenarios of features/p12_refunds.feature, one test each.
import { test, expect, field, shown } from './fixtures';

test('Paid with a bound card, the refund goes to the Alipay balance', { tag: ['@P12', '@article-000', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://www.aliexpress.com/checkout.htm');
  await page.getByRole('button', { name: 'Place order', exact: true }).click();
  await expect(shown(page, 'Paid with Visa •••• 4242').first()).toBeVisible();
  await page.getByRole('link', { name: 'My Orders', exact: true }).click();
  await page.getByRole('link', { name: 'Open dispute', exact: true }).click();
  await field(page, 'Reason').selectOption({ label: 'I did not receive the item' });
  await page.getByRole('button', { name: 'Submit dispute', exact: true }).click();
  await expect(shown(page, 'Dispute opened').first()).toBeVisible();
  await buyer.winDispute();
  await page.goto('https://www.aliexpress.com/orders.htm');
  await expect(shown(page, 'Refunded to your Alipay balance').first()).toBeVisible();
  await expect.poll(() => buyer.balance()).toBe('US $12.99');
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await expect(shown(page, 'US $12.99').first()).toBeVisible();
  await expect(shown(page, 'The balance can only be spent on purchases on AliExpress').first()).toBeVisible();
  await expect(shown(page, 'Withdraw to card')).toHaveCount(0);
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(shown(page, 'Refund for order').first()).toBeVisible();
  await expect(shown(page, '+US $12.99').first()).toBeVisible();
});

test('The balance pays for the next purchase', { tag: ['@P12', '@article-000', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://www.aliexpress.com/checkout.htm');
  await page.getByRole('button', { name: 'Place order', exact: true }).click();
  await page.getByRole('link', { name: 'My Orders', exact: true }).click();
  await page.getByRole('link', { name: 'Open dispute', exact: true }).click();
  await page.getByRole('button', { name: 'Submit dispute', exact: true }).click();
  await expect(shown(page, 'Dispute opened').first()).toBeVisible();
  await buyer.winDispute();
  await page.goto('https://www.aliexpress.com/checkout.htm?item=1005004');
  await field(page, 'Alipay balance (US $12.99)').check();
  await page.getByRole('button', { name: 'Place order', exact: true }).click();
  await expect(shown(page, 'Paid with Alipay balance').first()).toBeVisible();
  await expect.poll(() => buyer.balance()).toBe('US $3.79');
  await page.goto('https://intl.alipay.com/history.htm');
  await expect(shown(page, 'Payment for order').first()).toBeVisible();
  await expect(shown(page, '-US $9.20').first()).toBeVisible();
});

test('With no bound card the refund returns to the card that paid', { tag: ['@P12', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(false);
  await buyer.signIn();
  await page.goto('https://www.aliexpress.com/checkout.htm');
  await field(page, 'Card number').fill('4111 1111 1111 1111');
  await field(page, 'CVV/CVC').fill('123');
  await field(page, 'Expiry date').fill('12/30');
  await field(page, 'Cardholder name').fill('IVAN PETROV');
  await field(page, 'Bind card to Alipay').uncheck();
  await page.getByRole('button', { name: 'Save & Pay', exact: true }).click();
  await page.getByRole('link', { name: 'My Orders', exact: true }).click();
  await page.getByRole('link', { name: 'Open dispute', exact: true }).click();
  await page.getByRole('button', { name: 'Submit dispute', exact: true }).click();
  await expect(shown(page, 'Dispute opened').first()).toBeVisible();
  await buyer.winDispute();
  await page.goto('https://www.aliexpress.com/orders.htm');
  await expect(shown(page, 'Refunded to Visa •••• 1111').first()).toBeVisible();
  await expect.poll(() => buyer.balance()).toBe('US $0.00');
});

test('Unbinding the card before the decision sends the refund back to the card', { tag: ['@P12', '@article-003'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://www.aliexpress.com/checkout.htm');
  await page.getByRole('button', { name: 'Place order', exact: true }).click();
  await page.getByRole('link', { name: 'My Orders', exact: true }).click();
  await page.getByRole('link', { name: 'Open dispute', exact: true }).click();
  await page.getByRole('button', { name: 'Submit dispute', exact: true }).click();
  await expect(shown(page, 'Dispute opened').first()).toBeVisible();
  const tab = await page.context().newPage();
  await tab.goto('https://intl.alipay.com/user/queryUserBindCard.htm');
  const alert9 = new Promise<string>((resolve) => tab.once('dialog', (d) => { resolve(d.message()); void d.accept(); }));
  await tab.getByRole('button', { name: 'Delete card', exact: true }).click();
  await alert9;
  await expect.poll(() => buyer.bound()).toEqual([]);
  await buyer.winDispute();
  await tab.goto('https://www.aliexpress.com/orders.htm');
  await expect(shown(tab, 'Refunded to Visa •••• 4242').first()).toBeVisible();
  await expect.poll(() => buyer.balance()).toBe('US $0.00');
});

test("In 004's wallet the balance can be withdrawn to a bound card", { tag: ['@P12', '@article-004', '@profile:withdrawable-balance'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://www.aliexpress.com/checkout.htm');
  await page.getByRole('button', { name: 'Place order', exact: true }).click();
  await page.getByRole('link', { name: 'My Orders', exact: true }).click();
  await page.getByRole('link', { name: 'Open dispute', exact: true }).click();
  await page.getByRole('button', { name: 'Submit dispute', exact: true }).click();
  await expect(shown(page, 'Dispute opened').first()).toBeVisible();
  await buyer.winDispute();
  await page.goto('https://intl.alipay.com/');
  await expect(shown(page, 'You can spend the balance on purchases or withdraw it to a bound card.').first()).toBeVisible();
  await page.getByRole('link', { name: 'Withdraw to card', exact: true }).click();
  await field(page, 'Card').selectOption({ label: 'Visa •••• 4242' });
  await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
  await expect(shown(page, 'The balance has been withdrawn to your card').first()).toBeVisible();
  await expect(shown(page, 'Withdrawal to Visa •••• 4242').first()).toBeVisible();
  await expect.poll(() => buyer.balance()).toBe('US $0.00');
});
