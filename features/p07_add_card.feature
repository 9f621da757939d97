@P7
Feature: P7 Add or replace a card in the wallet
  Under Edit cards the wallet offers "Add card": the 16-digit number, the
  CVV/CVC, the expiry date and the holder's name. Up to five Visa or
  MasterCard cards per account. A $0.01 check is charged and an SMS goes to
  the account's phone; the card is verified within 24 hours. An expired card
  is replaced by deleting it and adding the reissued one.

  Sources: 001_e419e31055833929.txt lines 35 and 206-217 (Swahili: "Hariri ramani", "Ongeza ramani"),
  002_1755790eeb5af2fa.txt lines 239 and 259-276 (Indonesian: five cards, $0.01, SMS, 24 hours, replacing),
  003_225e3ac7510057b2.txt lines 60-62 and 76-81 (Russian original: "Добавить новую карту").

  @article-002 @article-003
  Scenario: A new card is charged $0.01, the phone gets an SMS, and it is verified after 24 hours
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    And I click "Add card"
    And I fill "Card number" with "5555 5555 5555 4444"
    And I fill "CVV/CVC" with "123"
    And I fill "Expiry date" with "12/30"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I click "Save card"
    Then I should see "The card has been added. We charged US $0.01 to check it"
    And I should see "MasterCard •••• 4444"
    And I should see "Being verified (up to 24 hours)"
    And the buyer's bound cards are "Visa 4242, MasterCard 4444"
    And the buyer's MasterCard card ending in 4444 is not verified yet
    And the buyer's phone has received 1 SMS
    When I read the SMS messages on the buyer's phone
    Then I should see "Alipay: US $0.01 was charged to MasterCard •••• 4444 to check the card."
    When 24 hours pass
    And I open "https://intl.alipay.com/account/cards.htm"
    Then I should not see "Being verified"
    And the buyer's MasterCard card ending in 4444 is verified

  @article-002
  Scenario: The $0.01 check shows in the wallet's History
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards/add.htm"
    And I fill "Card number" with "4111 1111 1111 1111"
    And I fill "CVV/CVC" with "123"
    And I fill "Expiry date" with "12/30"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I click "Save card"
    And I click "History"
    Then I should see "Card check charged to Visa •••• 1111"
    And I should see "-US $0.01"
    And the buyer's wallet balance is "US $0.00"

  @article-002
  Scenario: A sixth card is refused
    Given a buyer with bound cards "Visa 0001, Visa 0002, MasterCard 0003, MasterCard 0004, Visa 0005"
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    And I click "Add card"
    And I fill "Card number" with "4111 1111 1111 1111"
    And I fill "CVV/CVC" with "123"
    And I fill "Expiry date" with "12/30"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I click "Save card"
    Then I should see "You can bind at most 5 cards. Delete a card to add another."
    And the buyer's bound cards are "Visa 0001, Visa 0002, MasterCard 0003, MasterCard 0004, Visa 0005"
    And the buyer's phone has received 0 SMS

  @article-002
  Scenario: The wallet binds Visa and MasterCard only
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards/add.htm"
    And I fill "Card number" with "5018 0000 0000 0009"
    And I fill "CVV/CVC" with "123"
    And I fill "Expiry date" with "12/30"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I click "Save card"
    Then I should see "The wallet binds Visa and MasterCard cards only"
    And the buyer's bound cards are "Visa 4242"
    And the buyer's phone has received 0 SMS

  @article-002 @article-003
  Scenario: An expired card is replaced by deleting it and adding the reissued one
    Given a buyer with a bound Visa card ending in 4242 that expired in 01/24
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    Then I should see "Visa •••• 4242"
    And I should see "Expired"
    When I click "Remove card"
    And I click "Delete"
    Then I should see "You have no bound cards"
    When I click "Add card"
    And I fill "Card number" with "4242 4242 4242 4242"
    And I fill "CVV/CVC" with "123"
    And I fill "Expiry date" with "12/30"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I click "Save card"
    Then I should see "Expires 12/30"
    And I should not see "Expired"
    And the buyer's bound cards are "Visa 4242"

  @article-003 @locale:ru_RU
  Scenario: "Добавить новую карту", as the Russian article has it
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "Мой AliExpress"
    And I click "Мой Alipay"
    And I click "Редактировать карты"
    And I click "Добавить новую карту"
    And I fill "Номер карты" with "5555 5555 5555 4444"
    And I fill "CVV/CVC" with "123"
    And I fill "Срок действия" with "12/30"
    And I fill "Имя владельца" with "IVAN PETROV"
    And I click "Сохранить карту"
    Then I should see "Карта добавлена"
    And the buyer's bound cards are "Visa 4242, MasterCard 4444"

  @article-002 @profile:manage-cards
  Scenario: 002's wallet: "Manage your cards", then "Add card"
    # 002 lines 259-266: the button labelled "Manage your cards", then "Add card".
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Manage your cards"
    Then I should see "Visa •••• 4242"
    When I click "Add card"
    And I fill "Card number" with "5555 5555 5555 4444"
    And I fill "CVV/CVC" with "123"
    And I fill "Expiry date" with "12/30"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I click "Save card"
    Then I should see "MasterCard •••• 4444"
    And the buyer's bound cards are "Visa 4242, MasterCard 4444"
