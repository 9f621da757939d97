Feature: Article 002 (Indonesian): the five-step scheme, intl.alipay.com, "check card", the app, the mobile site, and up to five cards
  The Indonesian article: a registered buyer's five steps through My Alipay;
  without a wallet, typing intl.alipay.com and the Card Information block, or
  the help-center page and its "check card"; the app's My Profile and My bank
  cards; the mobile site on a computer; binding up to five cards with a
  $0.01 check verified within 24 hours.
  Source: 002_1755790eeb5af2fa.txt lines 35-43
  Source: 002_1755790eeb5af2fa.txt lines 99-135
  Source: 002_1755790eeb5af2fa.txt lines 209-227
  Source: 002_1755790eeb5af2fa.txt lines 237-276

  @P1 @article-002
  Scenario: The five-step scheme: My Alipay, the edit-cards icon, remove card on the right
    Source: 002_1755790eeb5af2fa.txt lines 35-43
    Given a buyer with a bound Visa card ending in 4242
    When I sign in to the storefront
    And I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    Then I should see "Visa •••• 4242"
    When I click "Remove card"
    And I click "Delete"
    Then I should not see "Visa •••• 4242"
    And the buyer has no bound cards

  @P1 @article-002
  Scenario: The registered wallet shows My Account and History under the top menu
    Source: 002_1755790eeb5af2fa.txt lines 113
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    Then I should see "My Account"
    And I should see "History"

  @P2 @article-002
  Scenario: In another tab the reader types intl.alipay.com, picks Card Information and deletes the card
    Source: 002_1755790eeb5af2fa.txt lines 71-73, 124
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "intl.alipay.com" in a new tab
    And I click "Card Information"
    Then I should see "Visa •••• 4242"
    When I click "Delete card"
    And I accept the alert
    Then I should not see "Visa •••• 4242"
    And the buyer has no bound cards

  @P3 @article-002
  Scenario: The help-center page opens the card list with its button, and the card goes
    Source: 002_1755790eeb5af2fa.txt lines 125
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://helppage.aliexpress.com/buyercenter/questionAnswer.htm"
    And I click "here"
    Then I should see "Visa •••• 4242"
    When I click "Remove card"
    And I click "Delete"
    Then the buyer has no bound cards

  @P8 @article-002 @profile:app-cards-in-profile
  Scenario: In the app: My Profile, My bank cards, and delete by the card
    Source: 002_1755790eeb5af2fa.txt lines 127-135
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I use the mobile app
    And I click "My Profile"
    And I click "My bank cards"
    Then I should see "Visa •••• 4242"
    When I click "Delete"
    Then I should not see "Visa •••• 4242"
    And the buyer has no bound cards

  @P9 @article-002
  Scenario: The mobile site on a desktop, from Settings to the card question in the Help Center
    Source: 002_1755790eeb5af2fa.txt lines 209-225
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "http://m.aliexpress.com/ru/index.htm" in a new tab
    And I click "Настройки"
    And I click "Центр помощи"
    And I click "Как я могу изменить информацию о карте в своём аккаунте?"
    And I click "Перейти к моим картам"
    And I click "Удалить карту"
    And I accept the alert
    Then the buyer has no bound cards

  @P7 @article-002
  Scenario: A card added under Manage your cards is checked with $0.01 and an SMS, and verified within 24 hours
    Source: 002_1755790eeb5af2fa.txt lines 259-270
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    And I click "Add card"
    Then I should see:
      """
      We charge US $0.01 to check the card and send an SMS to your phone;
      the card is verified within 24 hours.
      """
    When I fill in:
      | field           | value            |
      | Card number     | 4111111111111111 |
      | CVV/CVC         | 123              |
      | Expiry date     | 12/29            |
      | Cardholder name | IVAN PETROV      |
    And I click "Save card"
    Then the buyer's phone has received 1 SMS
    And the buyer's Visa card ending in 1111 is not verified yet
    When 25 hours pass
    Then the buyer's Visa card ending in 1111 is verified

  @P7 @article-002
  Scenario: A sixth card is refused: five Visa or MasterCard cards at most
    Source: 002_1755790eeb5af2fa.txt lines 239
    Given a buyer with bound cards "Visa 4242, MasterCard 5454, Visa 1111, MasterCard 4444, Visa 0005"
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    And I click "Add card"
    And I fill "Card number" with "5105105105105100"
    And I fill "CVV/CVC" with "123"
    And I fill "Expiry date" with "12/29"
    And I fill "Cardholder name" with "IVAN PETROV"
    And I click "Save card"
    Then the buyer's bound cards are "Visa 4242, MasterCard 5454, Visa 1111, MasterCard 4444, Visa 0005"

  @P5 @article-002
  Scenario: The confirmation link is good for 24 hours only
    Source: 002_1755790eeb5af2fa.txt lines 110-111
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Open Alipay Wallet Now"
    And I enter the captcha
    And I click "Send confirmation email"
    And 25 hours pass
    And I open the latest email
    And I follow the link in it
    Then I should not see "Set up security"
    And the buyer's wallet status is "none"

  @P5 @article-002
  Scenario: A wrong captcha sends no letter
    Source: 002_1755790eeb5af2fa.txt lines 57
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Open Alipay Wallet Now"
    And I enter the captcha "WRONG1"
    And I click "Send confirmation email"
    Then the buyer has received 0 emails

  @P6 @article-002
  Scenario: Taking the tick off "Bind card to Alipay" before paying keeps the card unbound
    Source: 002_1755790eeb5af2fa.txt lines 81, 227
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I click "Wireless Earbuds"
    And I click "Buy Now"
    And I fill in:
      | field           | value            |
      | Card number     | 4111111111111111 |
      | CVV/CVC         | 123              |
      | Expiry date     | 12/29            |
      | Cardholder name | IVAN PETROV      |
    And I uncheck "Bind card to Alipay"
    And I click "Save & Pay"
    Then the buyer has 1 order
    And the buyer has no bound cards

  @P12 @article-002
  Scenario: A won dispute refunds to the Alipay wallet, not to the card
    Source: 002_1755790eeb5af2fa.txt lines 83
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I click "Wireless Earbuds"
    And I click "Buy Now"
    And I click "Place order"
    And I click "My Orders"
    And I click "Open dispute"
    And I click "Submit dispute"
    And the dispute over the latest order is decided in the buyer's favour
    Then the buyer's wallet balance is "US $12.99"

  @P7 @article-002
  Scenario: An expired card is deleted and the reissued one bound from scratch
    Source: 002_1755790eeb5af2fa.txt lines 276
    Given a buyer with these bound cards:
      | brand | last four | expiry |
      | Visa  | 4242      | 01/24  |
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    Then I should see "Expired" next to "Visa •••• 4242"
    And the card "Visa •••• 4242" shows as expired
    When I click "Remove card" next to "Visa •••• 4242"
    And I click "Delete"
    Then the buyer has no bound cards
    When I click "Add card"
    And I fill in:
      | field           | value            |
      | Card number     | 4111111111111111 |
      | CVV/CVC         | 123              |
      | Expiry date     | 12/30            |
      | Cardholder name | IVAN PETROV      |
    And I click "Save card"
    Then the buyer's bound cards are "Visa 1111"

  @P8 @article-002 @profile:app-cards-in-profile
  Scenario: In the app, delete next to a card saved in the app leaves the wallet's card alone
    Source: 002_1755790eeb5af2fa.txt lines 133-135
    Given a buyer with a bound Visa card ending in 4242
    And the buyer has a MasterCard card ending in 5454 saved in the app
    And I am signed in to the storefront
    When I use the mobile app
    And I click "My Profile"
    And I click "My bank cards"
    And I click "Delete" next to "MasterCard •••• 5454"
    Then I should not see "MasterCard •••• 5454"
    And the buyer has no cards saved in the app
    And the buyer's bound cards are "Visa 4242"

  @P3 @article-002 @profile:check-card
  Scenario: The help-center window's "check card" button, and the delete icon opposite the card
    Source: 002_1755790eeb5af2fa.txt lines 125
    Given a buyer without a wallet account with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I open "helppage.aliexpress.com/buyercenter/questionAnswer.htm"
    And I click "check card"
    And I click "Delete" next to "MasterCard •••• 5454"
    And I click "Confirm"
    Then I should not see "MasterCard •••• 5454"
    And the buyer's bound cards are "Visa 4242"

  @P7 @article-002 @profile:manage-cards
  Scenario: The wallet's "Manage your cards" button, then Add card
    Source: 002_1755790eeb5af2fa.txt lines 259-265
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Manage your cards"
    And I click "Add card"
    And I fill in:
      | field           | value            |
      | Card number     | 5555555555554444 |
      | CVV/CVC         | 321              |
      | Expiry date     | 11/28            |
      | Cardholder name | IVAN PETROV      |
    And I click "Save card"
    Then the buyer's bound cards are "Visa 4242, MasterCard 4444"

  @P5 @article-002 @profile:confirm-letter
  Scenario: In the letter the reader clicks "Confirm" and lands on the wallet's site
    Source: 002_1755790eeb5af2fa.txt lines 110-112
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Open Alipay Wallet Now"
    And I enter the captcha
    And I click "Send confirmation email"
    And I open the latest email
    And I click "Confirm"
    Then I should be on "intl.alipay.com/register/security.htm"
    And the buyer's wallet status is "confirmed"
