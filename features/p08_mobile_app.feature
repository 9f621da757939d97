@P8
Feature: P8 Unbind a card in the mobile app
  On a phone, in the AliExpress app: the main menu, "My Profile" (its first
  line), "Favorites" → "My certificates" (003), "My bank cards" (the last
  line), then "Delete" next to the card. The app lists the wallet's cards
  together with the ones saved in the app itself, and deleting a card does
  not delete the account. The app has no address bar, so the direct link
  (P2) is not offered there: every step is a tap.

  Sources: 002_1755790eeb5af2fa.txt lines 65 and 127-135 (Indonesian: My Profile → My bank cards),
  003_225e3ac7510057b2.txt lines 102-116 and 182-193 (Russian original: My Profile →
  Favorites → My certificates → My bank cards; no address bar in the app).

  @article-003
  Scenario: My Profile, Favorites, My certificates, My bank cards, Delete
    Given a buyer with a bound Visa card ending in 4242
    And the buyer has a MasterCard card ending in 5454 saved in the app
    And I am signed in to the storefront
    When I use the mobile app
    And I click "My Profile"
    Then I should see "Favorites"
    When I click "My certificates"
    And I click "My bank cards"
    Then I should see "Visa •••• 4242"
    And I should see "MasterCard •••• 5454"
    And I should see "Saved in the app"
    When I click "Delete"
    Then I should see "The card has been deleted"
    And I should not see "Visa •••• 4242"
    And the buyer has no bound cards
    And the buyer's cards saved in the app are "MasterCard 5454"
    And the buyer's wallet status is "registered"

  @article-003
  Scenario: The app offers no direct link to the card list
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I use the mobile app
    And I click "My Profile"
    And I click "My certificates"
    And I click "My bank cards"
    Then I should see "Visa •••• 4242"
    And I should not see "Card Information"
    And I should not see "queryUserBindCard"
    When I click "Delete"
    Then I should see "You have no saved cards"
    And the buyer has no bound cards

  @article-002 @profile:app-cards-in-profile
  Scenario: In 002's app, My bank cards is right under My Profile
    Given a buyer with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I use the mobile app
    And I click "My Profile"
    Then I should not see "My certificates"
    When I click "My bank cards"
    And I click "Delete"
    Then I should see "The card has been deleted"
    And the buyer's bound cards are "MasterCard 5454"

  @article-003 @locale:ru_RU
  Scenario: The same taps with the Russian labels the article quotes
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I use the mobile app
    And I click "Мой профиль"
    Then I should see "Избранное"
    When I click "Мои сертификаты"
    And I click "Мои банковские карты"
    And I click "Удалить"
    Then I should see "Карта удалена"
    And the buyer has no bound cards
