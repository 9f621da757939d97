// P3 Unbind a card through the help-center page: the scenarios of features/p03_help_center.feature, one test each.
import { test, expect, field, shown, urlIs } from './fixtures';

test('The orange \'here\' button opens the card list', { tag: ['@P3', '@article-001'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://helppage.aliexpress.com/buyercenter/questionAnswer.htm');
  await page.getByRole('link', { name: 'here', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  await page.getByRole('button', { name: 'Remove card', exact: true }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(shown(page, 'The card has been removed').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});

test('The button needs the storefront login in the same browser', { tag: ['@P3', '@article-001'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await page.goto('https://helppage.aliexpress.com/buyercenter/questionAnswer.htm');
  await page.getByRole('link', { name: 'here', exact: true }).click();
  await expect(page).toHaveURL(urlIs('login.aliexpress.com/login.htm'));
  await field(page, 'Email').fill('buyer@example.com');
  await field(page, 'Password').fill('secret123');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual(['Visa 4242']);
});

test("002's help center: \"check card\", then the \"delete\" icon opposite the card", { tag: ['@P3', '@article-002', '@profile:check-card'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://helppage.aliexpress.com/buyercenter/questionAnswer.htm');
  await expect(shown(page, 'here')).toHaveCount(0);
  await page.getByRole('link', { name: 'check card', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
  await page.getByRole('button', { name: /^delete$/i }).click();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(shown(page, 'The card has been removed').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});
