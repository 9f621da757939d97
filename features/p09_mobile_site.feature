@P9
Feature: P9 Unbind a card through the mobile site on a desktop
  Signed in to the storefront, the buyer opens the mobile site in a new tab
  of the same browser, presses "Settings" (three bars, top left), opens the
  Help Center and the question about changing card information, and follows
  the answer's link to the card list, where the card is deleted.

  Sources: 002_1755790eeb5af2fa.txt lines 209-225 (Indonesian, method 3),
  003_225e3ac7510057b2.txt lines 195-211 (Russian original: http://m.aliexpress.com/ru/index.htm,
  "Настройки", "Центр помощи", "Как я могу изменить информацию о карте…").

  @article-003 @article-002 @locale:ru_RU
  Scenario: Settings, Help Center, the card question, the link, delete
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "http://m.aliexpress.com/ru/index.htm" in a new tab
    Then I should not see "Центр помощи"
    When I click "Настройки"
    And I click "Центр помощи"
    And I click "Как я могу изменить информацию о карте в своём аккаунте?"
    And I click "Перейти к моим картам"
    Then I should be on "intl.alipay.com/user/queryUserBindCard.htm"
    And I should see "Visa •••• 4242"
    When I click "Удалить карту"
    Then the alert says "Удалить эту карту?"
    When I accept the alert
    Then I should see "Карта удалена"
    And the buyer has no bound cards

  @article-003 @article-002 @locale:ru_RU
  Scenario: Signed in on the sign-in page, the http address in a new tab keeps the login
    # 003 lines 201-203: sign in as usual, Ctrl+T, type the http:// address.
    # The session cookie is set over https; the mobile site moves to https.
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    When I open "https://login.aliexpress.com/login.htm"
    And I fill "Электронная почта" with "buyer@example.com"
    And I fill "Пароль" with "secret123"
    And I click "Войти"
    And I open "http://m.aliexpress.com/ru/index.htm" in a new tab
    Then I should be on "https://m.aliexpress.com/ru/index.htm"
    And I should see "Ivan Petrov"
    When I click "Настройки"
    And I click "Центр помощи"
    And I click "Как я могу изменить информацию о карте в своём аккаунте?"
    And I click "Перейти к моим картам"
    Then I should be on "intl.alipay.com/user/queryUserBindCard.htm"
    And I should see "Visa •••• 4242"

  @article-003 @locale:ru_RU
  Scenario: Without the storefront login the link sends the buyer to sign in first
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    When I open "http://m.aliexpress.com/ru/index.htm"
    And I click "Настройки"
    And I click "Центр помощи"
    And I click "Как я могу изменить информацию о карте в своём аккаунте?"
    And I click "Перейти к моим картам"
    Then I should be on "login.aliexpress.com/login.htm"
    And the buyer's bound cards are "Visa 4242"
