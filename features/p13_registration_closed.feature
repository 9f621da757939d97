@P13
Feature: P13 Registration closed since 1 January 2017
  Since 1 January 2017 the wallet takes no new registrations: "Open Alipay
  Wallet Now" is refused with a notice. Existing wallet users still sign in,
  see and delete their cards; 000 and 003 say the removal still works, and
  describe that wallet in their own words: "Edit", "Delete" and a warning
  box confirmed with "OK" (the edit-delete and alert-confirm profiles).

  Sources: 004_fbb095e16d146b39.txt lines 22-24, 65-81 and 85 (Indonesian),
  000_abb3b5b6ec466300.txt lines 10-11 (Hindi: "Edit", "Delete", OK, still works after 2017),
  003_225e3ac7510057b2.txt lines 23-25 (Russian original).

  @article-004 @profile:registration-closed
  Scenario: Open Alipay Wallet Now is refused with a notice
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Open Alipay Wallet Now"
    Then I should see "Alipay has not accepted new registrations since 1 January 2017."
    And I should not see "Send confirmation email"
    And the buyer has received 0 emails
    And the buyer's wallet status is "none"

  @article-004 @profile:registration-closed
  Scenario: An existing wallet user still sees and deletes cards
    Given a buyer with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    Then I should see "Visa •••• 4242"
    And I should see "MasterCard •••• 5454"
    When I click "Remove card"
    And I click "Delete"
    Then I should see "The card has been removed"
    And the buyer's bound cards are "MasterCard 5454"

  @article-000 @article-003 @profile:registration-closed+edit-delete+alert-confirm
  Scenario: 000 and 003's wallet: Edit, Delete, a warning box with OK
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit"
    And I click "Delete"
    Then the alert says "Remove this card? Visa •••• 4242."
    When I accept the alert
    Then I should see "The card has been removed"
    And the buyer has no bound cards

  @article-003 @profile:registration-closed+edit-delete+alert-confirm
  Scenario: Dismissing the warning box keeps the card
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    And I click "Delete"
    And I dismiss the alert
    Then I should see "Visa •••• 4242"
    And the buyer's bound cards are "Visa 4242"

  @article-003 @locale:ru_RU @profile:registration-closed+edit-delete+alert-confirm
  Scenario: The same with the Russian labels: «редактировать», «удалить», «ок»
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "Мой AliExpress"
    And I click "Мой Alipay"
    And I click "Редактировать"
    And I click "Удалить"
    Then the alert says "Удалить эту карту?"
    When I accept the alert
    Then I should see "Карта удалена"
    And the buyer has no bound cards

  @article-000 @profile:edit-delete
  Scenario: With a warning box in the page, "OK" confirms
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/"
    And I click "Edit"
    And I click "Delete"
    Then I should see "Remove this card?"
    When I click "OK"
    Then I should see "The card has been removed"
    And the buyer has no bound cards
