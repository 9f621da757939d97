Feature: Article 003 (Russian): every way it gives to unbind, add and pay with a card
  The Russian original: My Alipay with Edit and Delete, the two direct links,
  binding at checkout, a second card, the mobile app, the mobile site on a
  computer, and Settings, Card management.
  Source: 003_225e3ac7510057b2.txt lines 13-33
  Source: 003_225e3ac7510057b2.txt lines 50-90
  Source: 003_225e3ac7510057b2.txt lines 91-116
  Source: 003_225e3ac7510057b2.txt lines 122-131
  Source: 003_225e3ac7510057b2.txt lines 156-213

  @P1 @article-003 @locale:ru_RU @profile:edit-delete+alert-confirm
  Scenario: A registered buyer edits the card list from My Alipay and confirms with OK
    Source: 003_225e3ac7510057b2.txt lines 13-25
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "Мой AliExpress"
    And I click "Мой Alipay"
    And I click "редактировать"
    Then I should see "Visa •••• 4242"
    When I click "удалить"
    And I accept the alert
    Then I should not see "Visa •••• 4242"
    And the buyer has no bound cards

  @P2 @article-003 @locale:ru_RU
  Scenario: The quicker way: the link with locale=ru_RU and its "удалить карту" button
    Source: 003_225e3ac7510057b2.txt lines 27
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU"
    Then I should see "Visa •••• 4242"
    When I click "Удалить карту"
    And I accept the alert
    Then I should not see "Visa •••• 4242"
    And the buyer has no bound cards

  @P2 @article-003 @locale:ru_RU
  Scenario: The ihome link in a new tab lists an old expired card too, and deletes it
    Source: 003_225e3ac7510057b2.txt lines 95-100
    Given a buyer without a wallet account with these bound cards:
      | brand      | last four | expiry |
      | Visa       | 4242      | 01/19  |
      | MasterCard | 5454      | 10/29  |
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm" in a new tab
    Then I should see "Visa •••• 4242"
    And I should see "MasterCard •••• 5454"
    When I click "Удалить карту"
    And I accept the alert
    Then I should not see "Visa •••• 4242"
    And the buyer's bound cards are "MasterCard 5454"

  @P2 @article-003 @locale:ru_RU
  Scenario: Of two cards on the ihome link only the one deleted goes
    Source: 003_225e3ac7510057b2.txt lines 95-100
    Given a buyer without a wallet account with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm" in a new tab
    Then I should see "Visa •••• 4242"
    And I should see "MasterCard •••• 5454"
    When I click "Удалить карту"
    And I accept the alert
    Then the buyer's bound cards are "MasterCard 5454"

  @P2 @article-003 @locale:ru_RU
  Scenario: Cancelling the confirmation keeps the card
    Source: 003_225e3ac7510057b2.txt lines 100
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm" in a new tab
    And I click "Удалить карту"
    And I dismiss the alert
    Then I should see "Visa •••• 4242"
    And the buyer's bound cards are "Visa 4242"

  @P6 @article-003 @locale:ru_RU
  Scenario: A card paid with at checkout, with "Привязать карту к Alipay" ticked, is bound
    Source: 003_225e3ac7510057b2.txt lines 66-72
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I click "Беспроводные наушники"
    And I click "Купить сейчас"
    And I fill "Номер карты" with "4111111111111111"
    And I fill "CVV/CVC" with "123"
    And I fill "Срок действия" with "12/29"
    And I fill "Имя владельца" with "IVAN PETROV"
    And I check "Привязать карту к Alipay"
    And I click "Сохранить & Оплатить"
    Then the buyer has 1 order
    And the buyer's bound cards are "Visa 1111"
    And the buyer's default card is "Visa 1111"

  @P6 @article-003 @locale:ru_RU
  Scenario: With the tick taken off before paying, the card is not kept
    Source: 003_225e3ac7510057b2.txt lines 213
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I click "Беспроводные наушники"
    And I click "Купить сейчас"
    And I fill "Номер карты" with "4111111111111111"
    And I fill "CVV/CVC" with "123"
    And I fill "Срок действия" with "12/29"
    And I fill "Имя владельца" with "IVAN PETROV"
    And I uncheck "Привязать карту к Alipay"
    And I click "Сохранить & Оплатить"
    Then the buyer has 1 order
    And the buyer has no bound cards

  @P7 @article-003 @locale:ru_RU
  Scenario: A second card added with "Добавить новую карту" from the plastic-card icon
    Source: 003_225e3ac7510057b2.txt lines 74-81
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "Мой AliExpress"
    And I click "Мой Alipay"
    And I click "Редактировать карты"
    And I click "Добавить новую карту"
    And I fill "Номер карты" with "5555555555554444"
    And I fill "CVV/CVC" with "321"
    And I fill "Срок действия" with "11/28"
    And I fill "Имя владельца" with "IVAN PETROV"
    And I click "Сохранить карту"
    Then I should see "MasterCard •••• 4444"
    And the buyer's bound cards are "Visa 4242, MasterCard 4444"

  @P8 @article-003 @locale:ru_RU
  Scenario: In the app, My profile, My certificates, My bank cards, and the button by the card
    Source: 003_225e3ac7510057b2.txt lines 104-116
    Given a buyer with a bound Visa card ending in 4242
    And the buyer has a MasterCard card ending in 5454 saved in the app
    And I am signed in to the storefront
    When I use the mobile app
    And I click "Мой профиль"
    And I click "Избранное"
    And I click "Мои сертификаты"
    And I click "Мои банковские карты"
    Then I should see "Visa •••• 4242"
    And I should see "MasterCard •••• 5454"
    When I click "Удалить"
    Then I should not see "Visa •••• 4242"
    And the buyer has no bound cards
    And the buyer's cards saved in the app are "MasterCard 5454"

  @P10 @article-003 @locale:ru_RU
  Scenario: My Alipay, Settings, Card management, Delete card
    Source: 003_225e3ac7510057b2.txt lines 122-128
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "Мой AliExpress"
    And I click "Мой Alipay"
    And I click "Настройки"
    And I click "Управление картами"
    And I click "Удалить карту"
    And I click "Удалить"
    Then I should not see "Visa •••• 4242"
    And the buyer has no bound cards

  @P12 @article-003
  Scenario: A won dispute on an order paid through the wallet goes to the Alipay balance
    Source: 003_225e3ac7510057b2.txt lines 29-33
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I click "Wireless Earbuds"
    And I click "Buy Now"
    And I click "Place order"
    Then the buyer has 1 order
    When I click "My Orders"
    And I click "Open dispute"
    And I click "Submit dispute"
    And the dispute over the latest order is decided in the buyer's favour
    Then the buyer's wallet balance is "US $12.99"

  @P9 @article-003 @locale:ru_RU
  Scenario: The mobile site on a computer: Settings, Help Center, the card question
    Source: 003_225e3ac7510057b2.txt lines 195-211
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "http://m.aliexpress.com/ru/index.htm" in a new tab
    And I click "Настройки"
    And I click "Центр помощи"
    And I click "Как я могу изменить информацию о карте…"
    And I click "Перейти к моим картам"
    And I click "Удалить карту"
    And I accept the alert
    Then the buyer has no bound cards

  @P5 @article-003 @locale:ru_RU @profile:alipay-menu
  Scenario: Method 1: the Account tab under My Alipay, the captcha, the letter, six digits and three questions
    Source: 003_225e3ac7510057b2.txt lines 160-172
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "Мой Alipay"
    And I click "Счет"
    Then the field "Электронная почта" is filled with "buyer@example.com"
    When I enter the captcha
    And I click "Отправить электронное письмо с подтверждением"
    And I open the latest email
    And I follow the link in it
    And I fill "Платёжный пароль" with "740185"
    And I fill "Повторите платёжный пароль" with "740185"
    And I select "Девичья фамилия матери?" from "Контрольный вопрос 1"
    And I fill "Ответ 1" with "Иванова"
    And I select "Кличка вашего первого питомца?" from "Контрольный вопрос 2"
    And I fill "Ответ 2" with "Рекс"
    And I select "В каком городе вы родились?" from "Контрольный вопрос 3"
    And I fill "Ответ 3" with "Москва"
    And I click "Отправить"
    Then I should see "Перейти проверить мою личность"
    And the buyer's payment password is set
