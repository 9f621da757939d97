// P11 Recover a forgotten wallet password: the scenarios of features/p11_forgot_password.feature, one test each.
import { test, expect, field, shown, urlIs } from './fixtures';

test('A new password from the letter, then sign in with it', { tag: ['@P11', '@article-004'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await page.goto('https://intl.alipay.com/login.htm');
  await page.getByRole('link', { name: 'Forgot password', exact: true }).click();
  await field(page, 'Email').fill('buyer@example.com');
  await field(page, 'Captcha').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Get password', exact: true }).click();
  await expect(shown(page, 'If an Alipay account uses buyer@example.com, we have sent it a link to set a new password.').first()).toBeVisible();
  await expect.poll(async () => (await buyer.mail()).length).toBe(1);
  const mail9 = await buyer.latestMail();
  await page.goto(`https://mail.example.com/inbox?address=${encodeURIComponent(mail9.to)}`);
  await page.getByRole('link', { name: mail9.subject, exact: true }).click();
  await page.getByRole('link', { name: 'Set a new password', exact: true }).click();
  await field(page, 'New password').fill('newpass2026');
  await field(page, 'Confirm new password').fill('newpass2026');
  await page.getByRole('button', { name: 'Save password', exact: true }).click();
  await expect(shown(page, 'Your password has been changed').first()).toBeVisible();
  await page.getByRole('link', { name: 'Sign in', exact: true }).click();
  await field(page, 'Email').fill('buyer@example.com');
  await field(page, 'Password').fill('secret123');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(shown(page, 'Incorrect email or password').first()).toBeVisible();
  await field(page, 'Password').fill('newpass2026');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(urlIs('intl.alipay.com/'));
  await expect(shown(page, 'My Account').first()).toBeVisible();
  await page.getByRole('link', { name: 'Edit cards', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
});

test('A wrong captcha is refused and no letter is sent', { tag: ['@P11', '@article-004'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await page.goto('https://intl.alipay.com/login.htm');
  await page.getByRole('link', { name: 'Forgot password', exact: true }).click();
  await field(page, 'Email').fill('buyer@example.com');
  await field(page, 'Captcha').fill('WRONG1');
  await page.getByRole('button', { name: 'Get password', exact: true }).click();
  await expect(shown(page, 'The characters you entered are incorrect').first()).toBeVisible();
  await expect.poll(async () => (await buyer.mail()).length).toBe(0);
});

test('A new password that breaks the rule is refused and the old one still works', { tag: ['@P11', '@article-004'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await page.goto('https://intl.alipay.com/password/forgot.htm');
  await field(page, 'Email').fill('buyer@example.com');
  await field(page, 'Captcha').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Get password', exact: true }).click();
  await expect.poll(async () => (await buyer.mail()).length).toBe(1);
  await page.goto((await buyer.latestMail()).links[0]);
  await field(page, 'New password').fill('short');
  await field(page, 'Confirm new password').fill('short');
  await page.getByRole('button', { name: 'Save password', exact: true }).click();
  await expect(shown(page, 'The password needs 8 characters or more, letters and digits').first()).toBeVisible();
  await page.goto('https://intl.alipay.com/login.htm');
  await field(page, 'Email').fill('buyer@example.com');
  await field(page, 'Password').fill('secret123');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(shown(page, 'My Account').first()).toBeVisible();
});

test('The link no longer works after 24 hours', { tag: ['@P11', '@article-004'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await page.goto('https://intl.alipay.com/password/forgot.htm');
  await field(page, 'Email').fill('buyer@example.com');
  await field(page, 'Captcha').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Get password', exact: true }).click();
  await expect.poll(async () => (await buyer.mail()).length).toBe(1);
  await buyer.advance(25);
  await page.goto((await buyer.latestMail()).links[0]);
  await expect(shown(page, 'This link has expired').first()).toBeVisible();
  await page.getByRole('link', { name: 'Forgot password', exact: true }).click();
  await expect(shown(page, 'Get password').first()).toBeVisible();
});

test("From My AliExpress to the wallet's sign-in box, \"Forgot password\" under it", { tag: ['@P11', '@article-004', '@profile:wallet-sign-in'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await expect(page).toHaveURL(urlIs('intl.alipay.com/login.htm'));
  await expect(shown(page, 'Sign in to Alipay').first()).toBeVisible();
  await page.getByRole('link', { name: 'Forgot password', exact: true }).click();
  await field(page, 'Email').fill('buyer@example.com');
  await field(page, 'Captcha').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Get password', exact: true }).click();
  await expect.poll(async () => (await buyer.mail()).length).toBe(1);
});

test('The AliExpress e-mail and password open the wallet, and its cards', { tag: ['@P11', '@article-004', '@profile:wallet-sign-in'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await field(page, 'Email').fill('buyer@example.com');
  await field(page, 'Password').fill('secret123');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(urlIs('intl.alipay.com/'));
  await expect(shown(page, 'My Account').first()).toBeVisible();
  await page.getByRole('link', { name: 'Edit cards', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
});
