// P8 Unbind a card in the mobile app: the scenarios of features/p08_mobile_app.feature, one test each.
import { test, expect, shown, phoneApp, phone } from './fixtures';

test.describe(() => {
  test.use(phone);
  test('My Profile, Favorites, My certificates, My bank cards, Delete', { tag: ['@P8', '@article-003'] }, async ({ page, buyer }) => {
    await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
    await buyer.saveInApp('MasterCard', '5454');
    await buyer.signIn();
    await page.goto(phoneApp);
    await page.getByRole('link', { name: 'My Profile', exact: true }).click();
    await expect(shown(page, 'Favorites').first()).toBeVisible();
    await page.getByRole('link', { name: 'My certificates', exact: true }).click();
    await page.getByRole('link', { name: 'My bank cards', exact: true }).click();
    await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
    await expect(shown(page, 'MasterCard •••• 5454').first()).toBeVisible();
    await expect(shown(page, 'Saved in the app').first()).toBeVisible();
    await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
    await expect(shown(page, 'The card has been deleted').first()).toBeVisible();
    await expect(shown(page, 'Visa •••• 4242')).toHaveCount(0);
    await expect.poll(() => buyer.bound()).toEqual([]);
    await expect.poll(() => buyer.bound('app')).toEqual(['MasterCard 5454']);
    await expect.poll(async () => (await buyer.info()).wallet).toBe('registered');
  });
});

test.describe(() => {
  test.use(phone);
  test('The app offers no direct link to the card list', { tag: ['@P8', '@article-003'] }, async ({ page, buyer }) => {
    await buyer.create(false, [{ brand: 'Visa', last4: '4242' }]);
    await buyer.signIn();
    await page.goto(phoneApp);
    await page.getByRole('link', { name: 'My Profile', exact: true }).click();
    await page.getByRole('link', { name: 'My certificates', exact: true }).click();
    await page.getByRole('link', { name: 'My bank cards', exact: true }).click();
    await expect(shown(page, 'Visa •••• 4242').first()).toBeVisible();
    await expect(shown(page, 'Card Information')).toHaveCount(0);
    await expect(shown(page, 'queryUserBindCard')).toHaveCount(0);
    await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
    await expect(shown(page, 'You have no saved cards').first()).toBeVisible();
    await expect.poll(() => buyer.bound()).toEqual([]);
  });
});

test.describe(() => {
  test.use(phone);
  test("In 002's app, My bank cards is right under My Profile", { tag: ['@P8', '@article-002', '@profile:app-cards-in-profile'] }, async ({ page, buyer }) => {
    await buyer.create(true, [{ brand: 'Visa', last4: '4242' }, { brand: 'MasterCard', last4: '5454' }]);
    await buyer.signIn();
    await page.goto(phoneApp);
    await page.getByRole('link', { name: 'My Profile', exact: true }).click();
    await expect(shown(page, 'My certificates')).toHaveCount(0);
    await page.getByRole('link', { name: 'My bank cards', exact: true }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
    await expect(shown(page, 'The card has been deleted').first()).toBeVisible();
    await expect.poll(() => buyer.bound()).toEqual(['MasterCard 5454']);
  });
});

test.describe(() => {
  test.use(phone);
  test('The same taps with the Russian labels the article quotes', { tag: ['@P8', '@article-003', '@locale:ru_RU'] }, async ({ page, buyer }) => {
    await buyer.create(true, [{ brand: 'Visa', last4: '4242' }]);
    await buyer.signIn();
    await page.goto(phoneApp);
    await page.getByRole('link', { name: 'Мой профиль', exact: true }).click();
    await expect(shown(page, 'Избранное').first()).toBeVisible();
    await page.getByRole('link', { name: 'Мои сертификаты', exact: true }).click();
    await page.getByRole('link', { name: 'Мои банковские карты', exact: true }).click();
    await page.getByRole('button', { name: 'Удалить', exact: true }).click();
    await expect(shown(page, 'Карта удалена').first()).toBeVisible();
    await expect.poll(() => buyer.bound()).toEqual([]);
  });
});
