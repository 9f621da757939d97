@P10
Feature: P10 Unbind a card through Settings and Card management
  From My Alipay the buyer opens "Settings", then "Card management", and
  presses "Delete card"; once confirmed, the card and all its data are gone.

  Sources: 003_225e3ac7510057b2.txt lines 124-128 (Russian original:
  «Настойки» - «Управление картами» - «Удалить карту»).

  @article-003
  Scenario: Settings, Card management, Delete card
    Given a buyer with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Settings"
    And I click "Card management"
    Then I should see "Visa •••• 4242"
    When I click "Delete card"
    Then I should see "The card and all its data will be deleted."
    When I click "Delete"
    Then I should see "The card has been removed"
    And I should not see "Visa •••• 4242"
    And the buyer's bound cards are "MasterCard 5454"

  @article-003
  Scenario: Cancel keeps the card
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/settings.htm"
    And I click "Card management"
    And I click "Delete card"
    And I click "Cancel"
    Then I should see "Visa •••• 4242"
    And the buyer's bound cards are "Visa 4242"

  @article-003 @locale:ru_RU
  Scenario: The same path with the Russian labels the article quotes
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "Мой AliExpress"
    And I click "Мой Alipay"
    And I click "Настройки"
    And I click "Управление картами"
    And I click "Удалить карту"
    And I click "Удалить"
    Then I should see "Карта удалена"
    And the buyer has no bound cards
