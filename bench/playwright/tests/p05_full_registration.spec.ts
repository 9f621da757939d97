// P5 Register the Alipay wallet in full: the scenarios of features/p05_full_registration.feature, one test each.
import { test, expect, field, shown } from './fixtures';

test('From the confirmation letter to My Alipay', { tag: ['@P5', '@article-001', '@article-002', '@article-003'] }, async ({ page, buyer }) => {
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
  await page.getByRole('link', { name: 'Confirm email address', exact: true }).click();
  await expect(shown(page, 'Set up security').first()).toBeVisible();
  await field(page, 'Payment password').fill('271828');
  await field(page, 'Confirm payment password').fill('271828');
  await field(page, 'Security question 1').selectOption({ label: 'What was the name of your first pet?' });
  await field(page, 'Answer 1').fill('Barsik');
  await field(page, 'Security question 2').selectOption({ label: 'In which city were you born?' });
  await field(page, 'Answer 2').fill('Kazan');
  await field(page, 'Security question 3').selectOption({ label: 'What was the name of your first school?' });
  await field(page, 'Answer 3').fill('School No. 5');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(shown(page, 'Security settings saved').first()).toBeVisible();
  await expect.poll(async () => (await buyer.info()).secured).toBe(true);
  await expect.poll(async () => (await buyer.info()).wallet).toBe('confirmed');
  await page.getByRole('link', { name: 'Check my identity', exact: true }).click();
  await field(page, 'Last name').fill('Petrov');
  await field(page, 'First name').fill('Ivan');
  await field(page, 'Date of birth').fill('14.02.1990');
  await field(page, 'Citizenship').selectOption({ label: 'Russia' });
  await field(page, 'ID document').selectOption({ label: 'Passport' });
  await field(page, 'Document number').fill('4510 123456');
  await field(page, 'Address').fill('Tverskaya 1, Moscow');
  await field(page, 'Phone').fill('+7 900 000-00-00');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(shown(page, 'Your Alipay account is ready').first()).toBeVisible();
  await expect.poll(async () => (await buyer.info()).wallet).toBe('registered');
  await page.getByRole('link', { name: 'Go to My Alipay', exact: true }).click();
  await expect(shown(page, 'My Account').first()).toBeVisible();
  await expect(shown(page, 'Open Alipay Wallet Now')).toHaveCount(0);
  await page.getByRole('link', { name: 'Edit cards', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
});

test('The ID document is optional', { tag: ['@P5', '@article-002'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/register/email.htm');
  await field(page, 'Captcha').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Send confirmation email', exact: true }).click();
  await expect(shown(page, 'We have sent a confirmation email').first()).toBeVisible();
  await page.goto((await buyer.latestMail()).links[0]);
  await field(page, 'Payment password').fill('271828');
  await field(page, 'Confirm payment password').fill('271828');
  await field(page, 'Security question 1').selectOption({ label: "What is your mother's maiden name?" });
  await field(page, 'Answer 1').fill('Ivanova');
  await field(page, 'Security question 2').selectOption({ label: 'In which city were you born?' });
  await field(page, 'Answer 2').fill('Kazan');
  await field(page, 'Security question 3').selectOption({ label: 'What is your favourite book?' });
  await field(page, 'Answer 3').fill('Dune');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('link', { name: 'Check my identity', exact: true }).click();
  await field(page, 'Last name').fill('Petrov');
  await field(page, 'First name').fill('Ivan');
  await field(page, 'Address').fill('Tverskaya 1, Moscow');
  await field(page, 'Citizenship').selectOption({ label: 'Russia' });
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(shown(page, 'Enter your date of birth as DD.MM.YYYY').first()).toBeVisible();
  await expect.poll(async () => (await buyer.info()).wallet).toBe('confirmed');
  await field(page, 'Date of birth').fill('14.02.1990');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(shown(page, 'Your Alipay account is ready').first()).toBeVisible();
  await expect.poll(async () => (await buyer.info()).wallet).toBe('registered');
});

for (const ex of [
  { rule: 'five digits', password: '12345', confirm: '12345', message: 'The payment password must be exactly 6 digits' },
  { rule: 'letters', password: '12ab56', confirm: '12ab56', message: 'The payment password must be exactly 6 digits' },
  { rule: 'consecutive digits', password: '123456', confirm: '123456', message: 'The payment password must not be consecutive digits' },
  { rule: 'consecutive, downward', password: '654321', confirm: '654321', message: 'The payment password must not be consecutive digits' },
  { rule: 'one digit repeated', password: '555555', confirm: '555555', message: 'The payment password must not repeat one digit' },
  { rule: 'confirmation differs', password: '271828', confirm: '271829', message: 'The payment passwords do not match' },
]) {
  test(`A payment password that breaks a rule is refused, the questions stay (${ex.rule})`, { tag: ['@P5', '@article-001'] }, async ({ page, buyer }) => {
    await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
    await buyer.signIn();
    await page.goto('https://intl.alipay.com/register/email.htm');
    await field(page, 'Captcha').fill(await buyer.captcha());
    await page.getByRole('button', { name: 'Send confirmation email', exact: true }).click();
    await expect(shown(page, 'We have sent a confirmation email').first()).toBeVisible();
    await page.goto((await buyer.latestMail()).links[0]);
    await field(page, 'Payment password').fill(`${ex.password}`);
    await field(page, 'Confirm payment password').fill(`${ex.confirm}`);
    await field(page, 'Security question 1').selectOption({ label: 'What was the name of your first pet?' });
    await field(page, 'Answer 1').fill('Barsik');
    await field(page, 'Security question 2').selectOption({ label: 'In which city were you born?' });
    await field(page, 'Answer 2').fill('Kazan');
    await field(page, 'Security question 3').selectOption({ label: 'What was the name of your first school?' });
    await field(page, 'Answer 3').fill('School No. 5');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect(shown(page, `${ex.message}`).first()).toBeVisible();
    await expect.poll(async () => (await buyer.info()).secured).toBe(false);
    await expect.poll(async () => (await buyer.info()).wallet).toBe('confirmed');
    await field(page, 'Payment password').fill('271828');
    await field(page, 'Confirm payment password').fill('271828');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await expect(shown(page, 'Security settings saved').first()).toBeVisible();
    await expect.poll(async () => (await buyer.info()).secured).toBe(true);
  });
}

test('Two security questions are not enough', { tag: ['@P5', '@article-001'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/register/email.htm');
  await field(page, 'Captcha').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Send confirmation email', exact: true }).click();
  await expect(shown(page, 'We have sent a confirmation email').first()).toBeVisible();
  await page.goto((await buyer.latestMail()).links[0]);
  await field(page, 'Payment password').fill('271828');
  await field(page, 'Confirm payment password').fill('271828');
  await field(page, 'Security question 1').selectOption({ label: 'What was the name of your first pet?' });
  await field(page, 'Answer 1').fill('Barsik');
  await field(page, 'Security question 2').selectOption({ label: 'In which city were you born?' });
  await field(page, 'Answer 2').fill('Kazan');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(shown(page, 'Choose three security questions and answer each of them').first()).toBeVisible();
  await expect.poll(async () => (await buyer.info()).secured).toBe(false);
  await field(page, 'Payment password').fill('271828');
  await field(page, 'Confirm payment password').fill('271828');
  await field(page, 'Security question 3').selectOption({ label: 'What is your favourite book?' });
  await field(page, 'Answer 3').fill('Dune');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(shown(page, 'Security settings saved').first()).toBeVisible();
});

test('The link no longer works after 24 hours; a resent letter does', { tag: ['@P5', '@article-002'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/register/email.htm');
  await field(page, 'Captcha').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Send confirmation email', exact: true }).click();
  await expect.poll(async () => (await buyer.mail()).length).toBe(1);
  await buyer.advance(25);
  await page.goto((await buyer.latestMail()).links[0]);
  await expect(shown(page, 'This link has expired').first()).toBeVisible();
  await expect.poll(async () => (await buyer.info()).wallet).toBe('none');
  await page.getByRole('button', { name: 'Resend email', exact: true }).click();
  await expect(shown(page, 'We have sent a confirmation email to buyer@example.com').first()).toBeVisible();
  await expect.poll(async () => (await buyer.mail()).length).toBe(2);
  await page.goto((await buyer.latestMail()).links[0]);
  await expect(shown(page, 'Set up security').first()).toBeVisible();
  await expect.poll(async () => (await buyer.info()).wallet).toBe('confirmed');
});

test('No letter came: give another address', { tag: ['@P5', '@article-001', '@article-002'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/register/email.htm');
  await field(page, 'Captcha').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Send confirmation email', exact: true }).click();
  await page.getByRole('link', { name: 'Use another email address', exact: true }).click();
  await field(page, 'Email').fill('ivan.petrov@example.com');
  await field(page, 'Captcha').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Send confirmation email', exact: true }).click();
  await expect(shown(page, 'We have sent a confirmation email to ivan.petrov@example.com').first()).toBeVisible();
  await page.goto('https://mail.example.com/inbox?address=ivan.petrov@example.com');
  await page.getByRole('link', { name: 'Confirm your email address', exact: true }).click();
  await page.getByRole('link', { name: 'Confirm email address', exact: true }).click();
  await expect(shown(page, 'Set up security').first()).toBeVisible();
  await expect.poll(async () => (await buyer.info()).wallet).toBe('confirmed');
});

test('The wallet switches to Russian and stays Russian for the buyer', { tag: ['@P5', '@article-001'] }, async ({ page, buyer }) => {
  await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await field(page, 'Language').selectOption({ label: 'Русский' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(shown(page, 'Настройки сохранены').first()).toBeVisible();
  await expect.poll(async () => (await buyer.info()).language).toBe('ru_RU');
  await page.goto('https://www.aliexpress.com/');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await buyer.signIn();
  await page.goto('https://intl.alipay.com/');
  await expect(shown(page, 'Мой счёт').first()).toBeVisible();
  await expect(shown(page, 'История').first()).toBeVisible();
});

test("001's registration: the letter's \"Confirm\", \"Security Settings\", \"Submit\", then \"Go to My Alipay\"", { tag: ['@P5', '@article-001', '@profile:security-settings+confirm-letter'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'My AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'My Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Open Alipay Wallet Now', exact: true }).click();
  await field(page, 'Captcha').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Send confirmation email', exact: true }).click();
  const mail8 = await buyer.latestMail();
  await page.goto(`https://mail.example.com/inbox?address=${encodeURIComponent(mail8.to)}`);
  await page.getByRole('link', { name: mail8.subject, exact: true }).click();
  await page.getByRole('link', { name: 'Confirm', exact: true }).click();
  await expect(shown(page, 'Security Settings').first()).toBeVisible();
  await expect(shown(page, 'Set up security').first()).toBeVisible();
  await expect(shown(page, 'Personal details')).toHaveCount(0);
  await field(page, 'Payment password').fill('271828');
  await field(page, 'Confirm payment password').fill('271828');
  await field(page, 'Security question 1').selectOption({ label: 'What was the name of your first pet?' });
  await field(page, 'Answer 1').fill('Barsik');
  await field(page, 'Security question 2').selectOption({ label: 'In which city were you born?' });
  await field(page, 'Answer 2').fill('Kazan');
  await field(page, 'Security question 3').selectOption({ label: 'What was the name of your first school?' });
  await field(page, 'Answer 3').fill('School No. 5');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(shown(page, 'Your Alipay account is ready').first()).toBeVisible();
  await expect.poll(async () => (await buyer.info()).wallet).toBe('registered');
  await page.getByRole('link', { name: 'Go to My Alipay', exact: true }).click();
  await expect(shown(page, 'My Account').first()).toBeVisible();
  await page.getByRole('link', { name: 'Edit cards', exact: true }).click();
  await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
});

test("003's Method 1: hovering «Мой Alipay» shows «Счет», the page that opens an account", { tag: ['@P5', '@article-003', '@locale:ru_RU', '@profile:alipay-menu'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'Мой Alipay', exact: true }).hover();
  await page.getByRole('link', { name: 'Счет', exact: true }).click();
  await field(page, 'Код с картинки').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Отправить электронное письмо с подтверждением', exact: true }).click();
  await expect(shown(page, 'Мы отправили письмо на buyer@example.com').first()).toBeVisible();
  const mail8 = await buyer.latestMail();
  await page.goto(`https://mail.example.com/inbox?address=${encodeURIComponent(mail8.to)}`);
  await page.getByRole('link', { name: mail8.subject, exact: true }).click();
  await page.getByRole('link', { name: 'Подтвердить адрес', exact: true }).click();
  await field(page, 'Платёжный пароль').fill('271828');
  await field(page, 'Повторите платёжный пароль').fill('271828');
  await field(page, 'Контрольный вопрос 1').selectOption({ label: 'Кличка вашего первого питомца?' });
  await field(page, 'Ответ 1').fill('Барсик');
  await field(page, 'Контрольный вопрос 2').selectOption({ label: 'В каком городе вы родились?' });
  await field(page, 'Ответ 2').fill('Казань');
  await field(page, 'Контрольный вопрос 3').selectOption({ label: 'Название вашей первой школы?' });
  await field(page, 'Ответ 3').fill('Школа № 5');
  await page.getByRole('button', { name: 'Отправить', exact: true }).click();
  await page.getByRole('link', { name: 'Перейти проверить мою личность', exact: true }).click();
  await expect(shown(page, 'Личные данные').first()).toBeVisible();
});

test('000 and 003: a new user picks \'Go to my Alipay\', then confirms the e-mail address', { tag: ['@P5', '@article-003', '@article-000', '@locale:ru_RU', '@profile:go-to-my-alipay'] }, async ({ page, buyer }) => {
  await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
  await buyer.signIn();
  await page.getByRole('link', { name: 'Мой AliExpress', exact: true }).hover();
  await page.getByRole('link', { name: 'Мой Alipay', exact: true }).click();
  await page.getByRole('link', { name: 'Go to my Alipay', exact: true }).click();
  await expect(shown(page, 'Электронная почта').first()).toBeVisible();
  await field(page, 'Код с картинки').fill(await buyer.captcha());
  await page.getByRole('button', { name: 'Отправить письмо', exact: true }).click();
  const mail9 = await buyer.latestMail();
  await page.goto(`https://mail.example.com/inbox?address=${encodeURIComponent(mail9.to)}`);
  await page.getByRole('link', { name: mail9.subject, exact: true }).click();
  await page.getByRole('link', { name: 'Подтвердить адрес', exact: true }).click();
  await expect(shown(page, 'Настройка безопасности').first()).toBeVisible();
  await expect.poll(async () => (await buyer.info()).wallet).toBe('confirmed');
});
