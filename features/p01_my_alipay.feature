@P1
Feature: P1 Unbind a card through My Alipay
  A buyer with a registered Alipay wallet signs in to the storefront, opens
  "My Alipay" from the "My AliExpress" drop-down and removes the card under
  My Account, Edit cards.

  Sources: 000_abb3b5b6ec466300.txt lines 10-11 (Hindi),
  001_e419e31055833929.txt lines 5-7 and 29 (Swahili),
  002_1755790eeb5af2fa.txt lines 102 and 113 (Indonesian),
  003_225e3ac7510057b2.txt lines 15-25 and 55 (Russian original),
  004_fbb095e16d146b39.txt lines 71-81 (Indonesian: "riwayat pembayaran", "akun saya",
  "kartu pengeditan", "Hapus Kartu"; the editing-card profile).

  @article-001 @article-003
  Scenario: Remove the only bound card, confirming in the page pop-up
    Given a buyer with a bound Visa card ending in 4242
    When I sign in to the storefront
    And I hover over "My AliExpress"
    And I click "My Alipay"
    Then I should see "My Account"
    And I should see "History"
    When I click "Edit cards"
    Then I should see "Visa •••• 4242"
    When I click "Remove card"
    Then I should see "Remove this card?"
    When I click "Delete"
    Then I should see "The card has been removed"
    And I should not see "Visa •••• 4242"
    And the buyer has no bound cards

  @article-001
  Scenario: The removed card is no longer offered at checkout
    Given a buyer with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    Then I should see "Visa •••• 4242"
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    And I click "Remove card"
    And I click "Delete"
    Then I should see "The card has been removed"
    When I open "https://www.aliexpress.com/checkout.htm"
    Then I should see "MasterCard •••• 5454"
    And I should not see "Visa •••• 4242"

  @article-003
  Scenario: Cancel in the pop-up keeps the card
    Given a buyer with a bound MasterCard card ending in 5454
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    And I click "Remove card"
    And I click "Cancel"
    Then I should see "MasterCard •••• 5454"
    And the buyer's bound cards are "MasterCard 5454"

  @article-001
  Scenario: Remove a second card by repeating the removal
    Given a buyer with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    And I click "Remove card"
    And I click "Delete"
    Then I should see "The card has been removed"
    And the buyer's bound cards are "MasterCard 5454"
    When I click "Remove card"
    And I click "Delete"
    Then I should see "You have no bound cards"
    And the buyer has no bound cards

  @article-001
  Scenario: The card icon names itself on hover
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    Then I should not see "SMS notifications"
    When I hover over "Edit cards"
    Then I should see "Edit cards"
    When I hover over "SMS notifications"
    Then I should see "SMS notifications"

  @article-003 @locale:ru_RU
  Scenario: The same path with the Russian labels the article quotes
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "Мой AliExpress"
    And I click "Мой Alipay"
    Then I should see "Мой счёт"
    When I click "Редактировать карты"
    And I click "Удалить карту"
    And I click "Удалить"
    Then I should see "Карта удалена"
    And the buyer has no bound cards

  @article-004 @profile:editing-card
  Scenario: 004's wallet: "Payment history" and "My Account", the icon reads "Editing card", "Delete Card", confirm
    # 004 lines 74-81: two menus, the plastic-card icon named on hover,
    # "Delete Card" at the right of the card, confirm in the pop-up.
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    Then I should see "Payment history"
    And I should see "My Account"
    And I should not see "Editing card"
    When I hover over "Editing card"
    Then I should see "Editing card"
    When I click "Editing card"
    Then I should see "Visa •••• 4242"
    When I click "Delete Card"
    And I click "Confirm"
    Then I should see "The card has been removed"
    And the buyer has no bound cards
