// P4 Unbind a card after a mock registration: the scenarios of features/p04_mock_registration.feature, one test each.
import { test, expect, field, shown } from './fixtures';

test('Confirm the e-mail, leave the form empty, remove the card', { tag: ['@P4', '@article-001', '@article-002'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Open Alipay Wallet Now', exact: true }).click();
  await field(page, 'Captcha').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Send confirmation email', exact: true }).click();
  await expect(shown(page, 'We have sent a confirmation email').first()).toBeVisible();
  const mail9 = await buyer.latestMail();
  await page.goto(`https://mail.example.com/inbox?address=${encodeURIComponent(mail9.to)}`);
  await page.getByRole('link', { name: mail9.subject, exact: true }).click();
  await expect(shown(page, 'Confirm email address').first()).toBeVisible();
  await page.getByRole('link', { name: 'Confirm email address', exact: true }).click();
  await expect(shown(page, 'Set up security').first()).toBeVisible();
  await page.goto('https://intl.alipay.com/');
  await page.getByRole('link', { name: 'Edit cards', exact: true }).click();
  await page.getByRole('button', { name: 'Remove card', exact: true }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(shown(page, 'The card has been removed').first()).toBeVisible();
  await expect.poll(() => buyer.bound()).toEqual([]);
});

test('A wrong captcha is refused and no letter is sent', { tag: ['@P4', '@article-002'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/');
  await page.getByRole('link', { name: 'Open Alipay Wallet Now', exact: true }).click();
  await field(page, 'Captcha').fill('WRONG1');
  await page.getByRole('button', { name: 'Send confirmation email', exact: true }).click();
  await expect(shown(page, 'The characters you entered are incorrect').first()).toBeVisible();
  await expect.poll(async () => (await buyer.mail()).length).toBe(0);
});

test('The confirmation link no longer works after 24 hours', { tag: ['@P4', '@article-002'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/');
  await page.getByRole('link', { name: 'Open Alipay Wallet Now', exact: true }).click();
  await field(page, 'Captcha').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Send confirmation email', exact: true }).click();
  await expect.poll(async () => (await buyer.mail()).length).toBe(1);
  await buyer.advance(25);
  await page.goto((await buyer.latestMail()).links[0]);
  await expect(shown(page, 'This link has expired').first()).toBeVisible();
  await page.goto('https://intl.alipay.com/');
  await expect(shown(page, 'Open Alipay Wallet Now').first()).toBeVisible();
});
